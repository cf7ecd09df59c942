using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class GemmSegmentTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void ViewsMatchWholeMatrices(bool transposeA, bool transposeB)
    {
        const int m = 37, n = 45, k = 29;
        var random = new Random(41);
        var a = transposeA ? GemmReference.Random<double>(k, m, random) : GemmReference.Random<double>(m, k, random);
        var b = transposeB ? GemmReference.Random<double>(n, k, random) : GemmReference.Random<double>(k, n, random);
        var expected = new Matrix<double>(m, n);
        Gemm.Multiply(a, b, expected, transposeA, transposeB);

        // A, B and C side by side in one array, with 5 guard elements before, between and after them.
        const int guard = 5;
        var storage = new double[3 * guard + a.Data.Length + b.Data.Length + m * n + guard];
        storage.AsSpan().Fill(-7);
        int offsetA = guard, offsetB = offsetA + a.Data.Length + guard, offsetC = offsetB + b.Data.Length + guard;
        a.Data.CopyTo(storage, offsetA);
        b.Data.CopyTo(storage, offsetB);
        var viewA = new MatrixSegment<double>(storage, offsetA, a.Rows, a.Columns);
        var viewB = new MatrixSegment<double>(storage, offsetB, b.Rows, b.Columns);
        var viewC = new MatrixSegment<double>(storage, offsetC, m, n);

        Gemm.Multiply(viewA, viewB, viewC, transposeA, transposeB, threads: 2);

        Assert.Equal(expected.Data, viewC.AsSpan().ToArray());
        Assert.All(storage.AsSpan(0, guard).ToArray(), x => Assert.Equal(-7, x));
        Assert.All(storage.AsSpan(offsetC - guard, guard).ToArray(), x => Assert.Equal(-7, x));
        Assert.All(storage.AsSpan(offsetC + m * n).ToArray(), x => Assert.Equal(-7, x));
    }

    [Fact]
    public void OverlappingOutputThrows()
    {
        var storage = new float[20];
        var a = new MatrixSegment<float>(storage, 0, 2, 2);
        var b = new MatrixSegment<float>(storage, 4, 2, 2);
        var c = new MatrixSegment<float>(storage, 6, 2, 2);

        var ex = Assert.Throws<ArgumentException>(() => Gemm.Multiply(a, b, c));

        Assert.Equal("c", ex.ParamName);
    }

    [Fact]
    public void AdjacentOutputIsAccepted()
    {
        var storage = new float[12];
        storage.AsSpan(0, 8).Fill(1);
        var a = new MatrixSegment<float>(storage, 0, 2, 2);
        var b = new MatrixSegment<float>(storage, 4, 2, 2);
        var c = new MatrixSegment<float>(storage, 8, 2, 2);

        Gemm.Multiply(a, b, c);

        Assert.Equal([2f, 2, 2, 2], storage[8..]);
    }
}
