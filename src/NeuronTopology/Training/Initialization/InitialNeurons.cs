using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// Builds the initial flat parameter vector of a two-layer perceptron from an <see cref="InitialNeuronShape"/>,
/// in the PyTorch order of <see cref="TwoLayerNeuronLayout"/>.
/// </summary>
/// <remarks>
/// For a shape, the output bias b₂ (when the layout has biases) is zero, because the shapes place only the
/// hidden neurons; <see cref="InitialNeuronShape.PyTorchDefault"/> draws it from PyTorch's law.
/// </remarks>
public static class InitialNeurons
{
    /// <summary>Names of the shapes as used in experiment files and on the command line, in <see cref="InitialNeuronShape"/> order.</summary>
    public static readonly IReadOnlyList<string> Names = ["pytorch-default", "figure-eight", "two-circles", "double-torus", "sphere-794", "from-file"];

    /// <summary>Returns the shape called <paramref name="name"/> (one of <see cref="Names"/>, case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static InitialNeuronShape Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (int i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
                return (InitialNeuronShape)i;
        }
        throw new ArgumentException($"Unknown initial shape '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Returns the name of <paramref name="shape"/> as listed in <see cref="Names"/>.</summary>
    public static string NameOf(InitialNeuronShape shape) => Names[(int)shape];

    /// <summary>
    /// Creates the initial parameters for <paramref name="layout"/>. Random shapes draw from a generator seeded
    /// with <paramref name="seed"/>; <paramref name="path"/> is required for <see cref="InitialNeuronShape.FromFile"/>
    /// and ignored otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The shape does not fit the layout (the message names the sizes it needs), or no path is given for a file.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A layout size is not positive.</exception>
    /// <exception cref="IO.InputFormatException">The file cannot be read or has the wrong shape.</exception>
    public static double[] CreateParameters(InitialNeuronShape shape, TwoLayerNeuronLayout layout, ulong seed, string? path = null)
    {
        layout.Validate();
        var random = new Xoshiro256StarStar(seed);

        switch (shape)
        {
            case InitialNeuronShape.PyTorchDefault:
                return PyTorchDefaultInitialization.Initialize(layout.LayerSizes, layout.HasBias, random);
            case InitialNeuronShape.FigureEight:
                RequireLayout(shape, layout, 1, 1);
                return layout.CreateParameters(FigureEightShape.Sample(layout.HiddenCount, random));
            case InitialNeuronShape.TwoCircles:
                RequireLayout(shape, layout, 1, 1);
                return layout.CreateParameters(TwoCirclesShape.Create(layout.HiddenCount));
            case InitialNeuronShape.SolidDoubleTorus:
                RequireLayout(shape, layout, 2, 1);
                return layout.CreateParameters(SolidDoubleTorusShape.Sample(layout.HiddenCount, random));
            case InitialNeuronShape.EmbeddedSphere:
                if (layout.NeuronDimension < 3)
                    throw new ArgumentException($"The shape '{NameOf(shape)}' needs neurons of at least 3 coordinates; the layout has {layout.NeuronDimension}.", nameof(layout));
                return layout.CreateParameters(EmbeddedSphereShape.Sample(layout.HiddenCount, layout.NeuronDimension, random));
            case InitialNeuronShape.FromFile:
                if (string.IsNullOrEmpty(path))
                    throw new ArgumentException($"The shape '{NameOf(shape)}' needs the path of a .npy or text file of neurons.", nameof(path));
                return layout.CreateParameters(InitialNeuronsFile.Read(path, layout));
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown initial shape.");
        }
    }

    private static void RequireLayout(InitialNeuronShape shape, TwoLayerNeuronLayout layout, int inputs, int outputs)
    {
        if (layout.InputCount != inputs || layout.OutputCount != outputs || layout.HasBias)
            throw new ArgumentException(
                $"The shape '{NameOf(shape)}' needs a bias-free network with {inputs} input(s) and {outputs} output(s); " +
                $"the layout has {layout.InputCount} input(s), {layout.OutputCount} output(s) and {(layout.HasBias ? "biases" : "no biases")}.", nameof(layout));
    }
}
