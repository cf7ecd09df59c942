using BenchmarkDotNet.Attributes;
using NeuronTopology.Training;

namespace NeuronTopology.Bench;

/// <summary>
/// Cost of one exact Hessian-vector product against one gradient on the paper's MNIST network
/// (<see cref="PaperMnistObjective"/>) with one batch of 1024 rows.
/// </summary>
[MemoryDiagnoser]
public class HessianVectorProductBenchmarks
{
    private TrainingObjective _objective = null!;
    private double[] _direction = null!;
    private double[] _result = null!;

    /// <summary>Worker threads of the objective.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _objective = PaperMnistObjective.Create(rows: 1024, Threads);
        var random = new Random(1);
        _direction = Enumerable.Range(0, _objective.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        _result = new double[_objective.ParameterCount];
    }

    [Benchmark(Baseline = true)]
    public double Gradient() => _objective.LossAndGradient(_result);

    [Benchmark]
    public double HessianVectorProduct()
    {
        _objective.HessianVectorProduct(_direction, _result);
        return _result[0];
    }
}
