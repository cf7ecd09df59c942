using Xunit;
using NeuronTopology.IO;
using static NeuronTopology.Tests.IO.InputErrors;

namespace NeuronTopology.Tests.IO;

public class SparseDistanceMatrixReaderTests
{
    [Fact]
    public void ReadsEdgesInInputOrder()
    {
        var matrix = SparseDistanceMatrixReader.Read(Text("# i j d\n0 1 1\n1 2 1\n2 3 1\n3 0 1\n0 2 1.5\n"), Source);

        Assert.Equal(4, matrix.Count);
        Assert.Equal([(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 0, 1.0), (0, 2, 1.5)], matrix.Edges);
    }

    [Fact]
    public void CountIsLargestIndexPlusOne()
    {
        var matrix = SparseDistanceMatrixReader.Read(Text("0 1 2\n7 7 0\n"), Source);

        Assert.Equal(8, matrix.Count);
        Assert.Single(matrix.Edges);
    }

    [Fact]
    public void DiagonalLineDeclaresOnePoint()
    {
        var matrix = SparseDistanceMatrixReader.Read(Text("0 0 0\n"), Source);

        Assert.Equal(1, matrix.Count);
        Assert.Empty(matrix.Edges);
    }

    [Fact]
    public void PairListedInBothOrdersIsKeptOnce()
    {
        var matrix = SparseDistanceMatrixReader.Read(Text("0 1 2\n1 0 2\n1 2 3\n"), Source);

        Assert.Equal(3, matrix.Count);
        Assert.Equal(2, matrix.Edges.Count);
        Assert.Equal(2, matrix.Edges[0].Distance);
        Assert.Equal(3, matrix.Edges[1].Distance);
    }

    [Fact]
    public void ConflictingRepeatNamesBothLines()
        => Expect(() => SparseDistanceMatrixReader.Read(Text("0 1 2\n1 2 3\n1 0 2.5\n"), Source), 3,
            "distance 2.5 here but 2 on line 1");

    [Theory]
    [InlineData("0 1\n", 1, "found 2 values", "expected 3")]
    [InlineData("0 1 2\n0 1 2 3\n", 2, "found 4 values")]
    [InlineData("0 1 2\n-1 2 3\n", 2, "first index is -1", "negative")]
    [InlineData("0 1.5 2\n", 1, "second index is 1.5", "not an integer")]
    [InlineData("0 3e9 2\n", 1, "second index is 3000000000", "out of range")]
    [InlineData("0 1 -2\n", 1, "d[0,1] = -2", "negative")]
    [InlineData("0 1 nan\n", 1, "NaN")]
    [InlineData("0 1 x\n", 1, "'x'", "not a number")]
    [InlineData("0 1 1\n2 2 0.5\n", 2, "d[2,2] = 0.5", "diagonal")]
    public void InvalidLineNamesLineAndValue(string text, int line, params string[] fragments)
        => Expect(() => SparseDistanceMatrixReader.Read(Text(text), Source), line, fragments);

    [Fact]
    public void EmptyInputIsRejected()
        => Expect(() => SparseDistanceMatrixReader.Read(Text("# no edges\n"), Source), null, "empty");
}
