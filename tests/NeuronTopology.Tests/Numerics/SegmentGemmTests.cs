using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

/// <summary>Products on array segments against a plain triple loop, for every transpose combination, and their checks.</summary>
public class SegmentGemmTests
{
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    public void MatchesTripleLoop(bool transposeA, bool transposeB, bool accumulate)
    {
        const int m = 7, k = 5, n = 6;
        var random = new Random(1);
        // Operands sit at odd offsets inside larger arrays, as layer weights do inside a flat parameter vector.
        double[] storage = Enumerable.Range(0, 200).Select(_ => random.NextDouble() - 0.5).ToArray();
        var a = new MatrixSegment<double>(storage, 3, transposeA ? k : m, transposeA ? m : k);
        var b = new MatrixSegment<double>(storage, 60, transposeB ? n : k, transposeB ? k : n);
        double[] output = Enumerable.Range(0, m * n + 4).Select(_ => random.NextDouble()).ToArray();
        double[] initial = (double[])output.Clone();
        var c = new MatrixSegment<double>(output, 2, m, n);

        SegmentGemm.Multiply(a, b, c, transposeA, transposeB, accumulate, threads: 1);

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0.0;
                for (int p = 0; p < k; p++)
                    sum += (transposeA ? a[p, i] : a[i, p]) * (transposeB ? b[j, p] : b[p, j]);
                double expected = accumulate ? initial[2 + i * n + j] + sum : sum;
                Assert.Equal(expected, c[i, j], 1e-14);
            }
        }
        Assert.Equal(initial[..2], output[..2]);
        Assert.Equal(initial[^2..], output[^2..]);
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var random = new Random(2);
        var a = new Matrix<float>(300, 200, Enumerable.Range(0, 60000).Select(_ => (float)random.NextDouble()).ToArray());
        var b = new Matrix<float>(200, 150, Enumerable.Range(0, 30000).Select(_ => (float)random.NextDouble()).ToArray());
        var singleThread = new Matrix<float>(300, 150);
        var threeThreads = new Matrix<float>(300, 150);

        SegmentGemm.Multiply<float>(a, b, singleThread, threads: 1);
        SegmentGemm.Multiply<float>(a, b, threeThreads, threads: 3);

        Assert.Equal(singleThread.Data, threeThreads.Data);
    }

    [Fact]
    public void NonConformingShapesAreRejected()
    {
        var a = new Matrix<double>(2, 3);
        var b = new Matrix<double>(4, 2);

        var inner = Assert.Throws<ArgumentException>(() => SegmentGemm.Multiply<double>(a, b, new Matrix<double>(2, 2)));
        Assert.Contains("op(A) is 2×3, op(B) is 4×2", inner.Message);
        Assert.Throws<ArgumentException>(() => SegmentGemm.Multiply<double>(a, b, new Matrix<double>(3, 3), transposeA: true, transposeB: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixSegment<double>(new double[10], 5, 2, 3));
    }
}
