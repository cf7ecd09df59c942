using BenchmarkDotNet.Attributes;
using NeuronTopology.Geometry;

namespace NeuronTopology.Bench;

/// <summary>
/// All-pairs bi-Lipschitz constants of two seeded random clouds of 4096 neurons, in 794 dimensions (a
/// hidden neuron of an MNIST MLP: 784 incoming and 10 outgoing weights) and in 2.
/// </summary>
[MemoryDiagnoser]
public class BiLipschitzBenchmarks
{
    private PointCloud _before = null!;
    private PointCloud _after = null!;

    [Params(794, 2)]
    public int Dimension { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _before = Uniform(4096, Dimension, seed: 1);
        _after = Uniform(4096, Dimension, seed: 2);
    }

    [Benchmark]
    public double Compute() => BiLipschitz.Compute(_before, _after, new BiLipschitzOptions { Threads = Threads }).Distortion;

    private static PointCloud Uniform(int count, int dimension, int seed)
    {
        var random = new Random(seed);
        var coordinates = new double[count * dimension];
        for (int k = 0; k < coordinates.Length; k++)
            coordinates[k] = 2 * random.NextDouble() - 1;
        return new PointCloud(coordinates, count, dimension);
    }
}
