using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class GemmDeterminismTests
{
    // 300 × 250 × 400 = 30 M multiply-adds, far above the size below which the product runs on one thread.
    private const int M = 300, N = 250, K = 400;

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void RepeatedRunsAreBitIdentical(bool transposeA, bool transposeB)
    {
        var (a, b) = Operands<float>(transposeA, transposeB, seed: 31);

        foreach (int threads in new[] { 1, 2, 3 })
        {
            var first = new Matrix<float>(M, N);
            Gemm.Multiply(a, b, first, transposeA, transposeB, threads: threads);
            for (int run = 0; run < 3; run++)
            {
                var again = new Matrix<float>(M, N);
                Gemm.Multiply(a, b, again, transposeA, transposeB, threads: threads);
                Assert.Equal(first.Data, again.Data);
            }
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ThreadCountDoesNotChangeBits(bool transposeA, bool transposeB)
    {
        var (a, b) = Operands<double>(transposeA, transposeB, seed: 32);
        var c0 = GemmReference.Random<double>(M, N, new Random(33));

        var single = c0.Clone();
        Gemm.Multiply(a, b, single, transposeA, transposeB, accumulate: true, threads: 1);
        var dual = c0.Clone();
        Gemm.Multiply(a, b, dual, transposeA, transposeB, accumulate: true, threads: 2);
        var all = c0.Clone();
        Gemm.Multiply(a, b, all, transposeA, transposeB, accumulate: true, threads: 0);

        Assert.Equal(single.Data, dual.Data);
        Assert.Equal(single.Data, all.Data);
    }

    [Fact]
    public void KernelsAgreeBitForBit()
    {
        var (a, b) = Operands<float>(false, true, seed: 34);
        var expected = new Matrix<float>(M, N);
        Gemm.Multiply(a, b, expected, false, true, false, 2, GemmKernel.Scalar);

        foreach (var kernel in GemmReference.SupportedKernels())
        {
            var c = new Matrix<float>(M, N);
            Gemm.Multiply(a, b, c, false, true, false, 2, kernel);
            Assert.Equal(expected.Data, c.Data);
        }
    }

    private static (Matrix<T> A, Matrix<T> B) Operands<T>(bool transposeA, bool transposeB, int seed)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var a = transposeA ? GemmReference.Random<T>(K, M, random) : GemmReference.Random<T>(M, K, random);
        var b = transposeB ? GemmReference.Random<T>(N, K, random) : GemmReference.Random<T>(K, N, random);
        return (a, b);
    }
}
