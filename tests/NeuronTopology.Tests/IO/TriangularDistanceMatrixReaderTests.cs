using Xunit;
using NeuronTopology.IO;
using static NeuronTopology.Tests.IO.InputErrors;

namespace NeuronTopology.Tests.IO;

public class TriangularDistanceMatrixReaderTests
{
    // The unit square with corners 0 (0,0), 1 (1,0), 2 (1,1), 3 (0,1), with √2 rounded to 6 significant digits.
    private const double Diagonal = 1.41421;

    [Fact]
    public void LowerReadsRowOrder()
    {
        var matrix = LowerDistanceMatrixReader.Read(Text("1\n1.41421 1\n1 1.41421 1\n"), Source);

        AssertSquare(matrix);
    }

    [Fact]
    public void LowerIgnoresLineBreaks()
    {
        var matrix = LowerDistanceMatrixReader.Read(Text("# all on two lines\n1, 1.41421, 1\n1, 1.41421, 1"), Source);

        AssertSquare(matrix);
    }

    [Fact]
    public void UpperReadsRowOrder()
    {
        var matrix = UpperDistanceMatrixReader.Read(Text("1 1.41421 1\n1 1.41421\n1\n"), Source);

        AssertSquare(matrix);
    }

    [Fact]
    public void UpperMatchesLowerOnAsymmetricLayout()
    {
        // Distinct entries make any mix-up of the two orders visible.
        var lower = LowerDistanceMatrixReader.Read(Text("1\n2 3\n4 5 6\n"), Source);
        var upper = UpperDistanceMatrixReader.Read(Text("1 2 4\n3 5\n6\n"), Source);

        Assert.Equal(4, upper.Count);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
                Assert.Equal(lower[i, j], upper[i, j]);
        }
    }

    [Fact]
    public void TwoPointsNeedOneEntry()
    {
        var matrix = LowerDistanceMatrixReader.Read(Text("5\n"), Source);

        Assert.Equal(2, matrix.Count);
        Assert.Equal(5, matrix[0, 1]);
    }

    [Theory]
    [InlineData("1 2 3 4 5", 5, "3 (3 points) or 6 (4 points)")]
    [InlineData("1 2", 2, "1 (2 points) or 3 (3 points)")]
    [InlineData("1 2 3 4 5 6 7", 7, "6 (4 points) or 10 (5 points)")]
    public void WrongEntryCountNamesNearestValidCounts(string text, int found, string nearest)
    {
        Expect(() => LowerDistanceMatrixReader.Read(Text(text), Source), null, $"found {found} entries", nearest);
        Expect(() => UpperDistanceMatrixReader.Read(Text(text), Source), null, $"found {found} entries", nearest);
    }

    [Fact]
    public void LowerNegativeEntryNamesPosition()
        => Expect(() => LowerDistanceMatrixReader.Read(Text("1\n2 -3\n"), Source), 2, "d[2,1]", "-3", "negative");

    [Fact]
    public void UpperNegativeEntryNamesEntry()
        => Expect(() => UpperDistanceMatrixReader.Read(Text("1 2\n-3\n"), Source), 2, "entry 3", "-3", "negative");

    [Theory]
    [InlineData("1\n2 x\n", 2, "'x'")]
    [InlineData("1\n2 nan\n", 2, "NaN")]
    [InlineData("1\ninf 3\n", 2, "infinite")]
    public void InvalidValueNamesLine(string text, int line, string fragment)
        => Expect(() => LowerDistanceMatrixReader.Read(Text(text), Source), line, fragment);

    [Theory]
    [InlineData("")]
    [InlineData("# nothing\n\n")]
    public void EmptyInputIsRejected(string text)
    {
        Expect(() => LowerDistanceMatrixReader.Read(Text(text), Source), null, "empty");
        Expect(() => UpperDistanceMatrixReader.Read(Text(text), Source), null, "empty");
    }

    private static void AssertSquare(NeuronTopology.Homology.DistanceMatrix matrix)
    {
        Assert.Equal(4, matrix.Count);
        Assert.Equal(1, matrix[0, 1]);
        Assert.Equal(1, matrix[1, 2]);
        Assert.Equal(1, matrix[2, 3]);
        Assert.Equal(1, matrix[3, 0]);
        Assert.Equal(Diagonal, matrix[0, 2]);
        Assert.Equal(Diagonal, matrix[1, 3]);
        Assert.Equal(0, matrix[2, 2]);
    }
}
