using System.Numerics;
using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class GemmAccuracyTests
{
    // (m, n, k): single elements, sizes that are not multiples of any tile (MR ∈ {4, 6, 8}, NR ∈ {4, 8, 16, 32}),
    // tall and skinny shapes, a depth beyond one K block (kc ≤ 1024) and a width beyond one column panel.
    private static readonly (int M, int N, int K)[] Shapes =
    [
        (1, 1, 1), (1, 1, 7), (2, 3, 1), (13, 37, 29), (8, 32, 16), (9, 33, 17),
        (200, 3, 11), (3, 200, 50), (1, 300, 40), (300, 1, 40), (128, 1024, 1), (5, 7, 1100), (9, 2100, 40),
        // Few rows or few columns, above the size where two threads start: the unpacked row-update path.
        (2, 1001, 300), (1001, 2, 300),
    ];

    private static readonly (bool A, bool B)[] Modes = [(false, false), (true, false), (false, true), (true, true)];

    // Kernel names rather than the internal enum, because xunit theories must be public.
    public static TheoryData<string> Kernels()
    {
        var data = new TheoryData<string>();
        foreach (var kernel in GemmReference.SupportedKernels())
            data.Add(kernel.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void FloatWithinErrorBound(string kernel) => CheckAllShapes<float>(Enum.Parse<GemmKernel>(kernel), seed: 11);

    [Theory]
    [MemberData(nameof(Kernels))]
    public void DoubleWithinErrorBound(string kernel) => CheckAllShapes<double>(Enum.Parse<GemmKernel>(kernel), seed: 12);

    [Theory]
    [MemberData(nameof(Kernels))]
    public void FloatEqualsSequentialFmaChain(string kernel) => CheckBitsAllShapes<float>(Enum.Parse<GemmKernel>(kernel), seed: 21);

    [Theory]
    [MemberData(nameof(Kernels))]
    public void DoubleEqualsSequentialFmaChain(string kernel) => CheckBitsAllShapes<double>(Enum.Parse<GemmKernel>(kernel), seed: 22);

    [Theory]
    [MemberData(nameof(Kernels))]
    public void SmallBlocksEqualSequentialFmaChain(string kernel)
    {
        // kc = 7, mc = 48, nc = 96 (multiples of every kernel's MR and NR): 100 × 200 × 30 then crosses
        // 3 row blocks, 3 column blocks and 5 K blocks, with partial blocks at each edge.
        var blocking = new GemmBlocking(Depth: 7, Rows: 48, Columns: 96);
        const int m = 100, n = 200, k = 30;
        var random = new Random(23);
        foreach (var (transposeA, transposeB) in Modes)
        {
            foreach (bool accumulate in new[] { false, true })
            {
                foreach (int threads in new[] { 1, 2 })
                {
                    var a = transposeA ? GemmReference.Random<float>(k, m, random) : GemmReference.Random<float>(m, k, random);
                    var b = transposeB ? GemmReference.Random<float>(n, k, random) : GemmReference.Random<float>(k, n, random);
                    var c0 = GemmReference.Random<float>(m, n, random);
                    var c = c0.Clone();

                    Gemm.Multiply<float>(a, b, c, transposeA, transposeB, accumulate, threads, Enum.Parse<GemmKernel>(kernel), blocking);

                    var expected = GemmReference.SequentialFmaProduct(a, b, c0, transposeA, transposeB, accumulate);
                    Assert.True(expected.Data.AsSpan().SequenceEqual(c.Data),
                        $"transposeA={transposeA} transposeB={transposeB} accumulate={accumulate} threads={threads}: result differs from the FMA chain.");
                }
            }
        }
    }

    [Fact]
    public void SmallProductMatchesHandComputed()
    {
        var a = new Matrix<double>(2, 2, [1, 2, 3, 4]);
        var b = new Matrix<double>(2, 2, [5, 6, 7, 8]);
        var c = new Matrix<double>(2, 2);

        Gemm.Multiply(a, b, c);
        Assert.Equal([19.0, 22, 43, 50], c.Data);

        Gemm.Multiply(a, b, c, transposeA: true);
        Assert.Equal([26.0, 30, 38, 44], c.Data);

        Gemm.Multiply(a, b, c, transposeB: true);
        Assert.Equal([17.0, 23, 39, 53], c.Data);

        Gemm.Multiply(a, b, c, transposeB: true, accumulate: true);
        Assert.Equal([34.0, 46, 78, 106], c.Data);
    }

    [Fact]
    public void EmptyDepthClearsOrKeepsC()
    {
        var a = new Matrix<float>(3, 0);
        var b = new Matrix<float>(0, 4);
        var c = new Matrix<float>(3, 4);
        c.Data.AsSpan().Fill(7);

        Gemm.Multiply(a, b, c, accumulate: true);
        Assert.All(c.Data, x => Assert.Equal(7f, x));

        Gemm.Multiply(a, b, c);
        Assert.All(c.Data, x => Assert.Equal(0f, x));
    }

    [Fact]
    public void EmptyResultIsAccepted()
    {
        var a = new Matrix<double>(0, 5);
        var b = new Matrix<double>(5, 3);
        var c = new Matrix<double>(0, 3);

        Gemm.Multiply(a, b, c);

        Assert.Empty(c.Data);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void NaNAndInfinityPropagate(string kernel)
    {
        // Rows of A: a NaN, an ∞ that meets a zero of B (∞ · 0 = NaN), an ∞ that meets only non-zeros, finite values.
        var a = new Matrix<float>(4, 2, [float.NaN, 1, float.PositiveInfinity, 1, 1, float.PositiveInfinity, 1, 2]);
        var b = new Matrix<float>(2, 2, [0, 1, 3, 4]);
        var c = new Matrix<float>(4, 2);

        Gemm.Multiply(a, b, c, false, false, false, 1, Enum.Parse<GemmKernel>(kernel));

        Assert.True(float.IsNaN(c[0, 0]));
        Assert.True(float.IsNaN(c[0, 1]));
        Assert.True(float.IsNaN(c[1, 0]));
        Assert.Equal(float.PositiveInfinity, c[1, 1]);
        Assert.Equal(float.PositiveInfinity, c[2, 0]);
        Assert.Equal(float.PositiveInfinity, c[2, 1]);
        Assert.Equal(6f, c[3, 0]);
        Assert.Equal(9f, c[3, 1]);
    }

    private static void CheckAllShapes<T>(GemmKernel kernel, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        foreach (var (m, n, k) in Shapes)
        {
            foreach (var (transposeA, transposeB) in Modes)
            {
                foreach (bool accumulate in new[] { false, true })
                {
                    var a = transposeA ? GemmReference.Random<T>(k, m, random) : GemmReference.Random<T>(m, k, random);
                    var b = transposeB ? GemmReference.Random<T>(n, k, random) : GemmReference.Random<T>(k, n, random);
                    var c0 = GemmReference.Random<T>(m, n, random);
                    var c = c0.Clone();

                    Gemm.Multiply(a, b, c, transposeA, transposeB, accumulate, threads: 2, kernel);

                    // The kernel's chain is within γ_k of the exact sum; the double reference adds its own γ_k in double.
                    var (product, magnitude) = GemmReference.DoubleProduct(a, b, c0, transposeA, transposeB, accumulate);
                    double gamma = GemmReference.Gamma(k, GemmReference.UnitRoundoff<T>()) + GemmReference.Gamma(k + 1, Math.Pow(2, -53));
                    for (int e = 0; e < product.Length; e++)
                    {
                        double error = Math.Abs(double.CreateTruncating(c.Data[e]) - product[e]);
                        Assert.True(error <= gamma * magnitude[e],
                            $"{typeof(T).Name} {m}×{n}×{k} transposeA={transposeA} transposeB={transposeB} accumulate={accumulate}: element {e} is off by {error:G3}, bound {gamma * magnitude[e]:G3}.");
                    }
                }
            }
        }
    }

    private static void CheckBitsAllShapes<T>(GemmKernel kernel, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        foreach (var (m, n, k) in Shapes)
        {
            foreach (var (transposeA, transposeB) in Modes)
            {
                foreach (bool accumulate in new[] { false, true })
                {
                    var a = transposeA ? GemmReference.Random<T>(k, m, random) : GemmReference.Random<T>(m, k, random);
                    var b = transposeB ? GemmReference.Random<T>(n, k, random) : GemmReference.Random<T>(k, n, random);
                    var c0 = GemmReference.Random<T>(m, n, random);
                    var c = c0.Clone();

                    Gemm.Multiply(a, b, c, transposeA, transposeB, accumulate, threads: 2, kernel);

                    var expected = GemmReference.SequentialFmaProduct(a, b, c0, transposeA, transposeB, accumulate);
                    for (int e = 0; e < c.Data.Length; e++)
                    {
                        if (c.Data[e] != expected.Data[e])
                            Assert.Fail($"{typeof(T).Name} {m}×{n}×{k} transposeA={transposeA} transposeB={transposeB} accumulate={accumulate}: element {e} is {c.Data[e]}, the FMA chain gives {expected.Data[e]}.");
                    }
                }
            }
        }
    }
}
