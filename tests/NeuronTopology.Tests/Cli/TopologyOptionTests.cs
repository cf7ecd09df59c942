using NeuronTopology.Experiments;
using NeuronTopology.Tests.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary><c>--no-topology</c> and <c>--topology-points</c> on run and sweep, and <c>presets --spec</c>.</summary>
[Collection(ConsoleCollection.Name)]
public class TopologyOptionTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    public void InvalidTopologyPointsExitsWithTwo(string command)
    {
        foreach (string value in new[] { "1", "-3", "abc", "2.5" })
        {
            string[] args = command == "run"
                ? ["run", "figure8-gd-0.0025", $"--topology-points={value}", "--out", TestSpecs.TemporaryDirectory()]
                : ["sweep", "figure8-gd-0.0025", "--lr", "0.001", $"--topology-points={value}", "--out", TestSpecs.TemporaryDirectory()];

            CliRunner.Result result = CliRunner.Run(args);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"ntopo: error: invalid value '{value}' for --topology-points; expected 0 (all neurons) or an integer of at least 2.", result.Error.Trim());
        }
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    public void ConflictingTopologyOptionsExitWithTwo(string command)
    {
        string[] args = command == "run"
            ? ["run", "figure8-gd-0.0025", "--no-topology", "--topology-points", "512", "--out", TestSpecs.TemporaryDirectory()]
            : ["sweep", "figure8-gd-0.0025", "--lr", "0.001", "--no-topology", "--topology-points", "512", "--out", TestSpecs.TemporaryDirectory()];

        CliRunner.Result result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ntopo: error: --no-topology and --topology-points cannot be combined; give one of them.", result.Error.Trim());
    }

    [Theory]
    [InlineData("--no-topology")]
    [InlineData("--topology-points=256")]
    public void ResumeRejectsTopologyOptions(string option)
    {
        CliRunner.Result result = CliRunner.Run("run", "--resume", TestSpecs.TemporaryDirectory(), option);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--resume continues a run as it was started", result.Error, StringComparison.Ordinal);
        Assert.Contains("--topology-points", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PresetSpecPrintsWhatRunWrites()
    {
        foreach (ExperimentSpec preset in Presets.All)
        {
            CliRunner.Result result = CliRunner.Run("presets", "--spec", preset.Name);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Error);
            Assert.Equal(ExperimentSpecWriter.ToJson(preset), result.Output);
            Assert.Equal(preset.Record, ExperimentSpecReader.Parse(result.Output, preset.Name).Record);
        }
    }

    [Fact]
    public void PresetSpecOfDoubleTorusShowsTopologyCap()
    {
        CliRunner.Result result = CliRunner.Run("presets", "--spec", "doubletorus-adam-0.1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"topologyPoints\": 1024", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"learningRate\": 0.1", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPresetSpecExitsWithTwo()
    {
        CliRunner.Result result = CliRunner.Run("presets", "--spec", "doubletorus-gd-0.1");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("ntopo: error: unknown preset 'doubletorus-gd-0.1' for --spec; run 'ntopo presets' for the preset names.", result.Error.Trim());
    }
}
