using NeuronTopology.Geometry;
using NeuronTopology.IO;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;

namespace NeuronTopology.Experiments;

/// <summary>The flat float64 parameter vector a run starts from, built from the spec's initial neuron shape.</summary>
internal static class InitialParameters
{
    /// <summary>Seed stream of the initial shape; see <see cref="ExperimentData.DataStream"/>.</summary>
    public const ulong ShapeStream = 2;

    /// <exception cref="ExperimentSpecException">A from-file cloud does not have one row per hidden neuron with the neuron dimension.</exception>
    public static double[] Create(ExperimentSpec spec)
    {
        int[] layers = spec.Model.LayerSizes;
        var random = new Xoshiro256StarStar(SplitMix64.DeriveSeed(spec.Seed, ShapeStream));
        if (spec.InitialShape.Kind == "pytorch-default")
            return PyTorchDefaultInitialization.Initialize(layers, spec.Model.Bias, random);

        var layout = new TwoLayerNeuronLayout(layers[0], layers[1], layers[2], spec.Model.Bias);
        PointCloud neurons = spec.InitialShape.Kind switch
        {
            "figure-eight" => FigureEightShape.Sample(layout.HiddenCount, random),
            "two-circles" => TwoCirclesShape.Create(layout.HiddenCount),
            "double-torus" => SolidDoubleTorusShape.Sample(layout.HiddenCount, random),
            "sphere-794" => EmbeddedSphereShape.Sample(layout.HiddenCount, layout.NeuronDimension, random),
            "from-file" => ReadCloud(spec.InitialShape.Path!),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.InitialShape.Kind, "Unknown initial shape."),
        };
        if (neurons.Count != layout.HiddenCount || neurons.Dimension != layout.NeuronDimension)
        {
            throw new ExperimentSpecException(spec.InitialShape.Path ?? spec.Name, "$.initialShape",
                $"the initial cloud has {neurons.Count} × {neurons.Dimension} values; expected {layout.HiddenCount} neurons × {layout.NeuronDimension} coordinates (incoming weights, bias if any, outgoing weights)");
        }
        return layout.CreateParameters(neurons);
    }

    private static PointCloud ReadCloud(string path) =>
        path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase) ? NpyFile.ReadPointCloud(path) : PointCloudReader.ReadFile(path);
}
