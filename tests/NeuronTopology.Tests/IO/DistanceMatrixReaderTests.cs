using Xunit;
using NeuronTopology.IO;
using static NeuronTopology.Tests.IO.InputErrors;

namespace NeuronTopology.Tests.IO;

public class DistanceMatrixReaderTests
{
    private const string Square = "0 1 1.41421 1\n1 0 1 1.41421\n1.41421 1 0 1\n1 1.41421 1 0\n";

    [Fact]
    public void ReadsFullMatrix()
    {
        var matrix = DistanceMatrixReader.Read(Text(Square), Source);

        Assert.Equal(4, matrix.Count);
        Assert.Equal([1, 1.41421, 1, 1, 1.41421, 1], matrix.LowerTriangle);
    }

    [Fact]
    public void ReadsOnePoint()
    {
        var matrix = DistanceMatrixReader.Read(Text("0\n"), Source);

        Assert.Equal(1, matrix.Count);
        Assert.Empty(matrix.LowerTriangle);
    }

    [Fact]
    public void AcceptsRoundingAsymmetry()
    {
        var matrix = DistanceMatrixReader.Read(Text("0, 2.0000000001\n2, 1e-12\n"), Source);

        Assert.Equal(2, matrix.Count);
        Assert.Equal(2, matrix[0, 1]);
    }

    [Fact]
    public void AsymmetryNamesBothPositionsAndValues()
        => Expect(() => DistanceMatrixReader.Read(Text("# comment\n0 1 2\n1 0 3\n2.5 3 0\n"), Source), 4,
            "d[2,0] = 2.5", "d[0,2] = 2 on line 2", "symmetric");

    [Fact]
    public void NonZeroDiagonalNamesPosition()
        => Expect(() => DistanceMatrixReader.Read(Text("0 1 2\n1 0.5 3\n2 3 0\n"), Source), 2,
            "d[1,1] = 0.5", "diagonal");

    [Fact]
    public void NegativeEntryNamesPosition()
        => Expect(() => DistanceMatrixReader.Read(Text("0 -1\n-1 0\n"), Source), 1, "d[0,1] = -1", "negative");

    [Fact]
    public void RaggedRowNamesCounts()
        => Expect(() => DistanceMatrixReader.Read(Text("0 1 2\n1 0\n2 3 0\n"), Source), 2,
            "row 1 has 2 entries", "expected 3");

    [Fact]
    public void MissingRowsAreRejected()
        => Expect(() => DistanceMatrixReader.Read(Text("0 1 2\n1 0 3\n"), Source), 2,
            "ends after 2 rows", "expected 3");

    [Fact]
    public void ExtraRowIsRejected()
        => Expect(() => DistanceMatrixReader.Read(Text("0 1\n1 0\n2 2\n"), Source), 3,
            "more than 2 rows");

    [Fact]
    public void NonNumericTokenNamesLine()
        => Expect(() => DistanceMatrixReader.Read(Text("0 1\n1 zero\n"), Source), 2, "'zero'", "not a number");

    [Fact]
    public void EmptyInputIsRejected()
        => Expect(() => DistanceMatrixReader.Read(Text("\n# nothing\n"), Source), null, "empty");
}
