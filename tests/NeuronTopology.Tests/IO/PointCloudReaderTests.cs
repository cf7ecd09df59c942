using Xunit;
using NeuronTopology.IO;
using static NeuronTopology.Tests.IO.InputErrors;

namespace NeuronTopology.Tests.IO;

public class PointCloudReaderTests
{
    [Fact]
    public void ReadsCommaSeparatedRows()
    {
        var cloud = PointCloudReader.Read(Text("0,0\n3,4\n-1.5,2e-3\n"), Source);

        Assert.Equal(3, cloud.Count);
        Assert.Equal(2, cloud.Dimension);
        Assert.Equal([0, 0, 3, 4, -1.5, 0.002], cloud.Coordinates);
    }

    [Fact]
    public void ReadsMixedSeparatorsCommentsAndBlankLines()
    {
        string text = "# x y z\n\n 1 2\t3 \n4, 5 ,6,\n  # done\n7;8;9\r\n\n";

        var cloud = PointCloudReader.Read(Text(text), Source);

        Assert.Equal(3, cloud.Count);
        Assert.Equal(3, cloud.Dimension);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], cloud.Coordinates);
    }

    [Fact]
    public void ReadsOnePoint()
    {
        var cloud = PointCloudReader.Read(Text("2.5 -1\n"), Source);

        Assert.Equal(1, cloud.Count);
        Assert.Equal([2.5, -1], cloud.Coordinates);
    }

    [Fact]
    public void RaggedRowNamesLineAndCounts()
        => Expect(() => PointCloudReader.Read(Text("# header\n0,0\n1,1\n2,2,2\n"), Source), 4,
            "3 coordinates", "expected 2", "line 2");

    [Theory]
    [InlineData("0,0\n1,abc\n", 2, "field 2 is 'abc'", "not a number")]
    [InlineData("0,0\n1,2x\n", 2, "field 2 is '2x'", "not a number")]
    [InlineData("0,0\nnan,1\n", 2, "field 1 is 'nan', which is NaN", "expected a finite number")]
    [InlineData("0,0\n1,-inf\n", 2, "field 2 is '-inf', which is infinite")]
    [InlineData("0,NaN\n", 1, "field 2 is 'NaN'", "NaN")]
    [InlineData("0,0\n1,Infinity\n", 2, "'Infinity'", "infinite")]
    [InlineData("0,0\n1,1e400\n", 2, "'1e400'", "infinite")]
    [InlineData("0,,1\n", 1, "field 2 is empty")]
    [InlineData(",1\n", 1, "field 1 is empty")]
    public void InvalidValueNamesLineFieldAndToken(string text, int line, params string[] fragments)
        => Expect(() => PointCloudReader.Read(Text(text), Source), line, fragments);

    [Fact]
    public void SinglePrecisionRoundsEachParsedValue()
    {
        string text = "0.1,2.000000001\n-1e-30,16777217\n3.4028235e38,1e-46\n";

        var single = PointCloudReader.ReadSinglePrecision(Text(text), Source);
        var wide = PointCloudReader.Read(Text(text), Source);

        Assert.Equal(3, single.Count);
        Assert.Equal(2, single.Dimension);
        Assert.Equal(wide.Coordinates.Select(value => (float)value), single.Coordinates);
        // 16777217 = 2^24 + 1 has no float; it rounds to even, 2^24.
        Assert.Equal(16777216f, single.Coordinates[3]);
    }

    [Theory]
    [InlineData("7.9447247982025146")]
    [InlineData("2.345675110816955566406250000001")]
    [InlineData("16777217.000000001")]
    [InlineData("-0.100000001490116119384765625")]
    public void SinglePrecisionParsesStraightToFloat(string token)
    {
        // Each lies within a few double units of a midpoint between two floats, where rounding the nearest double
        // to float can land on the other float; Ripser 1.2.1 parses straight to float.
        var single = PointCloudReader.ReadSinglePrecision(Text($"0\n{token}\n"), Source);

        Assert.Equal(float.Parse(token, System.Globalization.CultureInfo.InvariantCulture), single.Coordinates[1]);
    }

    [Fact]
    public void SinglePrecisionMatchesFloatParseNearMidpoints()
    {
        // Decimal texts a hair above and below the midpoint of two adjacent floats, over many magnitudes.
        var random = new Random(17);
        var text = new System.Text.StringBuilder();
        var tokens = new List<string>();
        for (int i = 0; i < 2000; i++)
        {
            float below = (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20)));
            decimal midpoint = ((decimal)(double)below + (decimal)(double)MathF.BitIncrement(below)) / 2;
            decimal nudge = midpoint * 1e-17m * (random.Next(2) == 0 ? 1 : -1);
            string token = (midpoint + nudge).ToString(System.Globalization.CultureInfo.InvariantCulture);
            tokens.Add(token);
            text.Append(token).Append('\n');
        }

        var single = PointCloudReader.ReadSinglePrecision(Text(text.ToString()), Source);

        for (int i = 0; i < tokens.Count; i++)
            Assert.Equal(float.Parse(tokens[i], System.Globalization.CultureInfo.InvariantCulture), single.Coordinates[i]);
    }

    [Fact]
    public void SinglePrecisionRejectsValueBeyondFloatRange()
        => Expect(() => PointCloudReader.ReadSinglePrecision(Text("0,0\n1,-4e38\n"), Source), 2,
            "field 2 is -4E+38", "32-bit float range", "rescale");

    [Fact]
    public void SinglePrecisionRaggedRowNamesLine()
        => Expect(() => PointCloudReader.ReadSinglePrecision(Text("0,0\n1,1,1\n"), Source), 2, "3 coordinates", "expected 2");

    [Fact]
    public void SinglePrecisionCloudWidensExactly()
    {
        var single = PointCloudReader.ReadSinglePrecision(Text("0.1 0.2\n0.3 0.4\n"), Source);

        var widened = single.ToPointCloud();

        Assert.Equal(single.Coordinates.Select(value => (double)value), widened.Coordinates);
        Assert.Equal(2, widened.Count);
        Assert.Equal(2, widened.Dimension);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("# only a comment\n")]
    public void EmptyInputIsRejected(string text)
        => Expect(() => PointCloudReader.Read(Text(text), Source), null, "empty");

    [Fact]
    public void ReadFileNamesThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ntopo-cloud-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "0 0\n1 x\n");
        try
        {
            var exception = Assert.Throws<InputFormatException>(() => PointCloudReader.ReadFile(path));

            Assert.Equal(path, exception.Source);
            Assert.Equal(2, exception.Line);
            Assert.StartsWith($"{path}, line 2: ", exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
