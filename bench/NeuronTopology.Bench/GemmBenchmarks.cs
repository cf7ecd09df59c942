using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NeuronTopology.Numerics;

namespace NeuronTopology.Bench;

/// <summary>
/// Float32 GEMM at m = 1024, k = 784, n = 1024: the first-layer products of the MNIST MLP (batch 1024,
/// 784 inputs, 1024 hidden neurons), in the three transpose modes of a training step.
/// </summary>
[Config(typeof(Configuration))]
public class GemmBenchmarks
{
    private const int M = 1024, K = 784, N = 1024;

    /// <summary>Floating-point operations of one product, 2·m·n·k.</summary>
    public const double Flops = 2.0 * M * N * K;

    private Matrix<float> a = null!, b = null!, c = null!;

    [ParamsAllValues]
    public GemmProduct Product { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        a = Product == GemmProduct.AtB ? RandomMatrix(K, M, random) : RandomMatrix(M, K, random);
        b = Product == GemmProduct.ABt ? RandomMatrix(N, K, random) : RandomMatrix(K, N, random);
        c = new Matrix<float>(M, N);
    }

    [Benchmark]
    public void Multiply() =>
        Gemm.Multiply(a, b, c, Product == GemmProduct.AtB, Product == GemmProduct.ABt, accumulate: false, threads: Threads);

    private static Matrix<float> RandomMatrix(int rows, int columns, Random random)
    {
        var matrix = new Matrix<float>(rows, columns);
        for (int i = 0; i < matrix.Data.Length; i++)
            matrix.Data[i] = (float)(2 * random.NextDouble() - 1);
        return matrix;
    }

    // Short runs: on a shared machine the median of many short iterations is more robust than a few long ones.
    private sealed class Configuration : ManualConfig
    {
        public Configuration()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
            AddColumn(new GflopsColumn(_ => Flops));
        }
    }
}
