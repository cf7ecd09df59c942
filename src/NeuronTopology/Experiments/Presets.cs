namespace NeuronTopology.Experiments;

/// <summary>
/// The named experiments: every run of the code release of Yang, Poggio, Chuang and Ziyin,
/// "Topological Invariance and Breakdown in Learning" (arXiv 2510.02670), with its settings.
/// All models are bias-free sigmoid two-layer MLPs trained with seed 2333.
/// </summary>
/// <remarks>
/// Names carry the learning rate, not a claim about the outcome: which rate of a pair keeps the topology
/// is what the run measures. The release's own labels call the momentum rate 0.0045 the small one, and
/// the 3-D GD labels look swapped in the same way.
/// </remarks>
public static class Presets
{
    private const ulong PaperSeed = 2333;

    // Landmarks the 3-D presets measure topology on; see Spatial.
    private const int SpatialTopologyPoints = 1024;

    /// <summary>Every preset, in the order <c>ntopo presets</c> lists them.</summary>
    public static IReadOnlyList<ExperimentSpec> All { get; } = Build();

    /// <summary>Returns the preset named <paramref name="name"/>, or null.</summary>
    public static ExperimentSpec? Find(string name) => All.FirstOrDefault(spec => spec.Name == name);

    private static List<ExperimentSpec> Build()
    {
        var presets = new List<ExperimentSpec>
        {
            Planar("figure8-gd-0.0025", "figure-eight", "sgd", 0.0025, 100, "2-D neurons: figure-eight kept under GD (pair with 0.003)"),
            Planar("figure8-gd-0.003", "figure-eight", "sgd", 0.003, 100, "2-D neurons: figure-eight under GD above η* (pair with 0.0025)"),
            Planar("circles-gd-0.0025", "two-circles", "sgd", 0.0025, 100, "2-D neurons: two circles under GD (pair with 0.003)"),
            Planar("circles-gd-0.003", "two-circles", "sgd", 0.003, 100, "2-D neurons: two circles under GD above η* (pair with 0.0025)"),
            Planar("circles-adam-1e-4", "two-circles", "adam", 1e-4, 40, "2-D neurons: two circles under Adam, small η (pair with 1e-2)"),
            Planar("circles-adam-1e-2", "two-circles", "adam", 1e-2, 40, "2-D neurons: two circles under Adam, large η (pair with 1e-4)"),
            Planar("figure8-momentum-0.0045", "figure-eight", "momentum", 0.0045, 50, "2-D neurons: figure-eight under momentum 0.9 (pair with 0.0005)"),
            Planar("figure8-momentum-0.0005", "figure-eight", "momentum", 0.0005, 50, "2-D neurons: figure-eight under momentum 0.9 (pair with 0.0045)"),

            Spatial("doubletorus-gd-0.0009", "sgd", 0.0009, "3-D neurons: double torus under GD (pair with 0.0008)"),
            Spatial("doubletorus-gd-0.0008", "sgd", 0.0008, "3-D neurons: double torus under GD (pair with 0.0009)"),
            Spatial("doubletorus-adam-0.03", "adam", 0.03, "3-D neurons: double torus under Adam (pair with 0.1)"),
            Spatial("doubletorus-adam-0.1", "adam", 0.1, "3-D neurons: double torus under Adam (pair with 0.03)"),
            Spatial("doubletorus-momentum-0.001", "momentum", 0.001, "3-D neurons: double torus under momentum 0.9 (pair with 0.00125)"),
            Spatial("doubletorus-momentum-0.00125", "momentum", 0.00125, "3-D neurons: double torus under momentum 0.9 (pair with 0.001)"),

            Mnist("mnist-gd-0.01", "sgd", 0.01, 20, "MNIST MLP from a 2-sphere under GD (pair with 0.5)"),
            Mnist("mnist-gd-0.5", "sgd", 0.5, 20, "MNIST MLP from a 2-sphere under GD (pair with 0.01)"),
            Mnist("mnist-adam-1e-5", "adam", 1e-5, 40, "MNIST MLP from a 2-sphere under Adam (pair with 1e-3)"),
            Mnist("mnist-adam-1e-3", "adam", 1e-3, 20, "MNIST MLP from a 2-sphere under Adam (pair with 1e-5)"),
        };
        return presets;
    }

    // 1-D teacher, 1024 hidden neurons in the plane (incoming weight, outgoing weight), MSE, batch 128.
    // 3500 training samples make 28 steps an epoch. Losses, sharpness and snapshots are recorded once per epoch, and
    // topology every 20 epochs, because one Vietoris–Rips computation to dimension 2 costs more than an epoch of training.
    private static ExperimentSpec Planar(string name, string shape, string optimizer, double learningRate, int epochs, string description)
        => new(
            name, description,
            new ModelSpec([1, 1024, 1], "sigmoid", false),
            new DataSpec("teacher-1d"),
            new InitialShapeSpec(shape),
            "mse",
            new OptimizerSpec(optimizer, learningRate, Momentum: optimizer == "momentum" ? 0.9 : 0),
            ScheduleSpec.Constant,
            epochs, 128, PaperSeed, "float64",
            new RecordSpec(TopologyEvery: 560));

    // 2-D teacher, 4096 hidden neurons in space (two incoming weights, outgoing weight), MSE, batch 128, 20 epochs.
    // Topology is computed every 5 epochs (140 steps) on 1024 maxmin landmarks. Vietoris–Rips to dimension 2 at
    // 0.25 × diameter on all 4096 neurons has 3 to 4.6 million edges and took over 6 CPU minutes per measurement.
    // On 1024 landmarks it has 0.17 to 0.44 million edges and took 2.5 to 13 s (docs/reproduction.md lists the sizes tried).
    private static ExperimentSpec Spatial(string name, string optimizer, double learningRate, string description)
        => new(
            name, description,
            new ModelSpec([2, 4096, 1], "sigmoid", false),
            new DataSpec("teacher-2d"),
            new InitialShapeSpec("double-torus"),
            "mse",
            new OptimizerSpec(optimizer, learningRate, Momentum: optimizer == "momentum" ? 0.9 : 0),
            ScheduleSpec.Constant,
            20, 128, PaperSeed, "float64",
            new RecordSpec(TopologyEvery: 140, TopologyPoints: SpatialTopologyPoints));

    // 784 → 1024 → 10 on Fashion-MNIST by default (MNIST with --data), cross-entropy, batch 1024.
    // Snapshots of 1024 × 794 neurons are 6.5 MB each, so they and the measurements are taken every 5 epochs (59 steps
    // an epoch). Topology is computed at the first and last step only, and the Hessian over the first 1024 training images.
    private static ExperimentSpec Mnist(string name, string optimizer, double learningRate, int epochs, string description)
        => new(
            name, description,
            new ModelSpec([784, 1024, 10], "sigmoid", false),
            new DataSpec("fashion-mnist"),
            new InitialShapeSpec("sphere-794"),
            "cross-entropy",
            new OptimizerSpec(optimizer, learningRate, Momentum: 0),
            ScheduleSpec.Constant,
            epochs, 1024, PaperSeed, "float32",
            new RecordSpec(SnapshotEvery: 295, MeasureEvery: 295, SharpnessSamples: 1024));
}
