using BenchmarkDotNet.Attributes;
using NeuronTopology.Curvature;
using NeuronTopology.Training;

namespace NeuronTopology.Bench;

/// <summary>
/// One sharpness measurement on the paper's MNIST network (<see cref="PaperMnistObjective"/>) over 512 rows with
/// 2 objective threads, by each method. A measurement takes seconds to minutes, so run it with <c>--job dry</c>.
/// </summary>
public class SharpnessBenchmarks
{
    private TrainingObjective _objective = null!;

    [GlobalSetup]
    public void Setup() => _objective = PaperMnistObjective.Create(rows: 512, threads: 2);

    [Benchmark(Baseline = true)]
    public double Lanczos() => Sharpness.Measure(_objective).Eigenvalue;

    [Benchmark]
    public double PowerIteration() => Sharpness.Measure(_objective, new SharpnessOptions { Method = SharpnessMethod.PowerIteration }).Eigenvalue;

    [Benchmark]
    public double PaperProtocol() => Sharpness.Measure(_objective, SharpnessOptions.Paper).Eigenvalue;
}
