using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// Bad options and bad input through <c>ntopo homology</c> as a user runs it: one line on standard error naming
/// the option or the file, line and value, exit code 2, nothing on standard output.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class HomologyCommandErrorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntopo-homology-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteInput(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string RandomCloud(int count)
    {
        var random = new Random(7);
        return string.Concat(Enumerable.Range(0, count).Select(_ => FormattableString.Invariant($"{random.NextDouble()},{random.NextDouble()}\n")));
    }

    private static void AssertOneLineError(CliRunner.Result result, params string[] fragments)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("ntopo: error: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", result.Error);
        foreach (string fragment in fragments)
            Assert.Contains(fragment, result.Error);
    }

    // The engine rejects a computation after the input summary is on standard error, so the error is the last line.
    private static void AssertErrorAfterSummary(CliRunner.Result result, params string[] fragments)
    {
        string[] lines = result.Error.TrimEnd('\n').Split('\n');

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("point cloud with ", lines[0]);
        Assert.StartsWith("ntopo: error: ", lines[^1]);
        Assert.DoesNotContain("   at ", result.Error);
        foreach (string fragment in fragments)
            Assert.Contains(fragment, lines[^1]);
    }

    [Theory]
    [InlineData("--dim", "-1", "invalid value '-1' for --dim")]
    [InlineData("--dim", "abc", "invalid value 'abc' for --dim")]
    [InlineData("--dim", "1.5", "invalid value '1.5' for --dim")]
    [InlineData("--threshold", "-0.5", "invalid value '-0.5' for --threshold")]
    [InlineData("--threshold", "nan", "invalid value 'nan' for --threshold")]
    [InlineData("--threshold", "-1e-9", "invalid value '-1e-9' for --threshold")]
    [InlineData("--dim", "17", "invalid value '17' for --dim", "from 0 to 16")]
    [InlineData("--modulus", "4", "invalid value '4' for --modulus", "prime")]
    [InlineData("--modulus", "1", "invalid value '1' for --modulus")]
    [InlineData("--modulus", "-3", "invalid value '-3' for --modulus")]
    [InlineData("--threads", "-2", "invalid value '-2' for --threads")]
    [InlineData("--format", "dipha", "invalid value 'dipha' for --format", "point-cloud, lower-distance")]
    [InlineData("--ratio", "0.5", "invalid value '0.5' for --ratio")]
    [InlineData("--betti-at", "-1", "invalid value '-1' for --betti-at")]
    [InlineData("--betti-at-relative", "x", "invalid value 'x' for --betti-at-relative")]
    public void InvalidOptionValueIsNamed(string option, string value, params string[] fragments)
    {
        string path = WriteInput("square.csv", "0,0\n1,0\n0,1\n1,1\n");

        AssertOneLineError(CliRunner.Run("homology", path, "--format", "point-cloud", option, value), fragments);
    }

    [Fact]
    public void DistanceOverflowingFloatIsAnError()
    {
        string path = WriteInput("big.csv", "1e20,0\n0,0\n3e20,0\n");

        AssertErrorAfterSummary(CliRunner.Run("homology", path, "--format", "point-cloud"), "points 0 and 1", "32-bit float range");
    }

    [Fact]
    public void ConflictingBettiOptionsAreRejected()
        => AssertOneLineError(CliRunner.Run("homology", "x.csv", "--betti-at", "1", "--betti-at-relative", "0.25"),
            "--betti-at and --betti-at-relative cannot be combined");

    [Fact]
    public void BettiAtAboveThresholdIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", "x.csv", "--betti-at", "2", "--threshold", "1.5"),
            "--betti-at 2 is above --threshold 1.5");

    [Fact]
    public void UnknownOptionIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", "x.csv", "--dimension", "2"), "unknown option '--dimension'");

    [Fact]
    public void MissingOptionValueIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", "x.csv", "--dim"), "dim");

    [Fact]
    public void ExtraArgumentIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", "a.csv", "b.csv"), "'b.csv'");

    [Fact]
    public void ArgumentAfterDoubleDashIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", "--format", "point-cloud", "--", "x.csv"), "unexpected argument 'x.csv' after '--'");

    [Fact]
    public void DirectoryIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", _directory, "--format", "point-cloud"), $"'{_directory}' is a directory");

    [Fact]
    public void MissingFileIsNamed()
    {
        string path = Path.Combine(_directory, "absent.csv");

        AssertOneLineError(CliRunner.Run("homology", path, "--format", "point-cloud"), "file not found", path);
    }

    [Theory]
    [InlineData("point-cloud", "", null, "empty")]
    [InlineData("point-cloud", "# only a comment\n\n", null, "empty")]
    [InlineData("point-cloud", "0,0\n1,1\n2,2,2\n", 3, "3 coordinates; expected 2")]
    [InlineData("point-cloud", "0,0\n1,one\n", 2, "'one'", "not a number")]
    [InlineData("point-cloud", "0,0\n1,nan\n", 2, "'nan'", "NaN")]
    [InlineData("point-cloud", "0,0\ninf,1\n", 2, "'inf'", "infinite")]
    [InlineData("distance", "0 1\n-1 0\n", 2, "d[1,0] = -1", "negative")]
    [InlineData("distance", "0 1 2\n1 0 3\n2.5 3 0\n", 3, "d[2,0] = 2.5", "d[0,2] = 2 on line 1", "symmetric")]
    [InlineData("distance", "0 1\n1 0.5\n", 2, "d[1,1] = 0.5", "diagonal")]
    [InlineData("distance", "0 1 2\n1 0\n2 3 0\n", 2, "row 1 has 2 entries; expected 3")]
    [InlineData("lower-distance", "1\n2 3\n4 5\n", null, "found 5 entries", "3 (3 points) or 6 (4 points)")]
    [InlineData("upper-distance", "1 2\n", null, "found 2 entries", "1 (2 points) or 3 (3 points)")]
    [InlineData("lower-distance", "1\n2 -3\n", 2, "d[2,1]", "-3", "negative")]
    [InlineData("sparse", "0 1 1\n-1 2 1\n", 2, "first index is -1")]
    [InlineData("sparse", "0 1 1\n1 2\n", 2, "found 2 values; expected 3")]
    [InlineData("sparse", "0 1 1\n0 3e10 1\n", 2, "second index is 30000000000", "out of range")]
    public void BadInputNamesFileLineAndValue(string format, string content, int? line, params string[] fragments)
    {
        string path = WriteInput("input.txt", content);
        string location = line is null ? $"{path}: " : $"{path}, line {line}: ";

        AssertOneLineError(CliRunner.Run("homology", path, "--format", format), [location, .. fragments]);
    }

    [Fact]
    public void MemoryRefusalIsOneLine()
    {
        string path = WriteInput("cloud.csv", RandomCloud(200));

        AssertErrorAfterSummary(CliRunner.Run("homology", path, "--format", "point-cloud", "--dim", "2", "--threshold", "inf", "--memory-limit", "1"),
            "needs an estimated", "more than the limit of 1 MiB", "Lower the threshold or the homology dimension");
    }

    [Fact]
    public void DistanceStorageRefusalComesBeforeTheSummary()
    {
        // 1000 points without a threshold need 499 500 float distances (1.9 MiB); the refusal must come before the
        // O(n²) summary scan, so standard error contains the error line alone.
        string path = WriteInput("cloud.csv", RandomCloud(1000));

        AssertOneLineError(CliRunner.Run("homology", path, "--format", "point-cloud", "--memory-limit", "1"),
            "more than the limit of 1 MiB", "499500 32-bit distances", "Use fewer points");
    }

    [Theory]
    [InlineData]
    [InlineData("--json")]
    [InlineData("--betti-at-relative", "0.25")]
    public void CoordinateBeyondFloatRangeNamesLine(params string[] options)
    {
        // Read in 32-bit floats, or in doubles for the diameter: either way the value is named where it was read.
        string path = WriteInput("far.csv", "# far point\n0,0\n1,1e39\n");

        var result = CliRunner.Run(["homology", path, "--format", "point-cloud", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"ntopo: error: {path}, line 3: field 2 is 1E+39, beyond the 32-bit float range", result.Error);
    }

    [Fact]
    public void DistanceOverflowNamesFile()
    {
        string path = WriteInput("far.txt", "1\n1e39 2\n");

        var result = CliRunner.Run("homology", path, "--format", "lower-distance");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"ntopo: error: {path}: The distance between points 0 and 2 is 1E+39", result.Error);
        Assert.Contains("Points are numbered from 0.", result.Error);
    }

    [Fact]
    public void ThresholdedCloudSkipsTriangleCheck()
    {
        // The same kind of cloud with 3000 points has a 17 MiB triangle, but under --threshold 0.02 the engine keeps
        // only the pairs below it, far less than the 8 MiB limit.
        string path = WriteInput("cloud.csv", RandomCloud(3000));

        var result = CliRunner.Run("homology", path, "--format", "point-cloud", "--dim", "1", "--threshold", "0.02", "--threads", "1", "--memory-limit", "8");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("persistence intervals in dim 0:\n", result.Output);
        Assert.Equal("point cloud with 3000 points in dimension 2\n", result.Error);
    }

    [Fact]
    public void SimplexIndexOverflowIsOneLine()
    {
        string path = WriteInput("cloud.csv", RandomCloud(200));

        AssertOneLineError(CliRunner.Run("homology", path, "--format", "point-cloud", "--dim", "16"),
            "Simplex indices overflow: 200 points", "Lower the homology dimension");
    }

    [Theory]
    [InlineData("1", "Simplex indices overflow: 2000000001 points have C(2000000001, 3)")]
    [InlineData("0", "binomial coefficients for 2000000001 vertices", "renumber the vertices")]
    public void HugeSparseVertexIndexIsNamed(string dimension, params string[] fragments)
    {
        // One edge to vertex 2·10⁹ makes the input 2 000 000 001 points; C(n, 3) overflows 64-bit indices, and even
        // in dimension 0 the binomial table would need 48 GB.
        string path = WriteInput("s.txt", "0 2000000000 1\n");

        AssertOneLineError(CliRunner.Run("homology", "--format", "sparse", path, "--dim", dimension), fragments);
    }

    [Fact]
    public void InvalidMemoryLimitIsNamed()
        => AssertOneLineError(CliRunner.Run("homology", "x.csv", "--memory-limit", "0"), "invalid value '0' for --memory-limit");

    [Fact]
    public void NpyWithIntegersNamesDtype()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "i8_3x2.npy");

        AssertOneLineError(CliRunner.Run("homology", path), path, "'<i8' (64-bit signed integer)");
    }

    [Fact]
    public void NpyReadAsTextSuggestsNpyFormat()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy");

        AssertOneLineError(CliRunner.Run("homology", path, "--format", "point-cloud"), path, "npy format");
    }
}
