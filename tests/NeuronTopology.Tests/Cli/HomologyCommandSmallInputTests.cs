using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>One and two points through the real engine: Ripser 1.2.1 aborts on one point, ntopo prints its single class.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HomologyCommandSmallInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntopo-small-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteInput(string content)
    {
        string path = Path.Combine(_directory, "input.txt");
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("point-cloud", "2.5,-1\n")]
    [InlineData("distance", "0\n")]
    [InlineData("sparse", "0 0 0\n")]
    public void OnePointHasOneInfiniteClass(string format, string content)
    {
        var result = CliRunner.Run("homology", WriteInput(content), "--format", format, "--dim", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("persistence intervals in dim 0:\n [0, )\n", result.Output);
    }

    [Theory]
    [InlineData("point-cloud", "0,0\n3,4\n")]
    [InlineData("lower-distance", "5\n")]
    [InlineData("upper-distance", "5\n")]
    [InlineData("distance", "0 5\n5 0\n")]
    public void TwoPointsMergeAtTheirDistance(string format, string content)
    {
        var result = CliRunner.Run("homology", WriteInput(content), "--format", format, "--dim", "1", "--betti-at", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("persistence intervals in dim 0:\n [0,5)\n [0, )\nbetti numbers at 2:\n dim 0: 2\n dim 1: 0\n", result.Output);
    }

    [Fact]
    public void TwoSparsePointsWithoutEdgeStayApart()
    {
        var result = CliRunner.Run("homology", WriteInput("0 0 0\n1 1 0\n"), "--format", "sparse");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("persistence intervals in dim 0:\n [0, )\n [0, )\n", result.Output);
        Assert.Equal("sparse distance matrix with 2 points and 0/1 entries\n", result.Error);
    }
}
