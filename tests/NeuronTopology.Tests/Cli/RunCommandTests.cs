using NeuronTopology.Tests.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class RunCommandTests
{
    [Fact]
    public void PresetsListsEveryPresetOnOneLine()
    {
        CliRunner.Result result = CliRunner.Run("presets");

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(18, lines.Length);
        Assert.StartsWith("figure8-gd-0.0025 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("figure-eight", lines[0], StringComparison.Ordinal);
        Assert.Contains("η=0.0025", lines[0], StringComparison.Ordinal);
        Assert.Contains("100 epochs", lines[0], StringComparison.Ordinal);
        Assert.Contains("η=0.00001", lines[16], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownPresetExitsWithTwo()
    {
        CliRunner.Result result = CliRunner.Run("run", "figure9-gd-0.1", "--out", TestSpecs.TemporaryDirectory());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("ntopo: error: 'figure9-gd-0.1' is neither a preset nor a spec file; run 'ntopo presets' for the preset names, or give a path to a JSON spec.", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSpecNamesPathAndExitsWithTwo()
    {
        string directory = TestSpecs.TemporaryDirectory();
        string spec = Path.Combine(directory, "bad.json");
        File.WriteAllText(spec, """{"name": "bad", "model": {"layerSizes": [1, 8, 1], "activation": "softplus"}}""");

        CliRunner.Result result = CliRunner.Run("run", spec, "--out", directory);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.model.activation: 'softplus' is not valid; expected one of sigmoid, tanh, relu, gelu, identity", result.Error, StringComparison.Ordinal);
        Assert.Contains(spec, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lr", "-0.1", "invalid value '-0.1' for --lr; expected a positive number.")]
    [InlineData("--lr", "abc", "invalid value 'abc' for --lr; expected a positive number.")]
    [InlineData("--epochs", "0", "invalid value '0' for --epochs; expected a positive integer.")]
    [InlineData("--epochs", "abc", "invalid value 'abc' for --epochs; expected a positive integer.")]
    [InlineData("--seed", "-1", "invalid value '-1' for --seed; expected an integer from 0 to 18446744073709551615.")]
    [InlineData("--seed", "abc", "invalid value 'abc' for --seed; expected an integer from 0 to 18446744073709551615.")]
    [InlineData("--threads", "-2", "invalid value '-2' for --threads; expected 0 (all processors) or a positive integer.")]
    public void InvalidOptionExitsWithTwo(string option, string value, string expected)
    {
        CliRunner.Result result = CliRunner.Run("run", "figure8-gd-0.0025", $"{option}={value}", "--out", TestSpecs.TemporaryDirectory());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: {expected}", result.Error.Trim());
    }

    [Theory]
    [InlineData("--seeds", "abc", "invalid value 'abc' for --seeds; expected a positive integer.")]
    [InlineData("--epochs", "1.5", "invalid value '1.5' for --epochs; expected a positive integer.")]
    [InlineData("--parallel", "x", "invalid value 'x' for --parallel; expected a positive integer.")]
    public void InvalidSweepOptionNamesTheOption(string option, string value, string expected)
    {
        CliRunner.Result result = CliRunner.Run("sweep", "figure8-gd-0.0025", "--lr", "0.001", $"{option}={value}", "--out", TestSpecs.TemporaryDirectory());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: {expected}", result.Error.Trim());
    }

    [Fact]
    public void ResumeWithoutRunDirectoryFails()
    {
        string empty = TestSpecs.TemporaryDirectory();

        CliRunner.Result result = CliRunner.Run("run", "--resume", empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("spec.json is missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepNeedsOneGrid()
    {
        CliRunner.Result neither = CliRunner.Run("sweep", "figure8-gd-0.0025");
        CliRunner.Result both = CliRunner.Run("sweep", "figure8-gd-0.0025", "--lr", "0.1", "--lr-range", "0.1:1:3");
        CliRunner.Result badRange = CliRunner.Run("sweep", "figure8-gd-0.0025", "--lr-range", "1:0.1:3", "--out", TestSpecs.TemporaryDirectory());

        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("exactly one of --lr", neither.Error, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.Equal(2, badRange.ExitCode);
        Assert.Contains("--lr-range '1:0.1:3' is not valid", badRange.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingMnistDataSaysHowToGetIt()
    {
        string directory = TestSpecs.TemporaryDirectory();

        CliRunner.Result result = CliRunner.Run("run", "mnist-gd-0.01", "--data", Path.Combine(directory, "no-data"), "--out", directory, "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("apt-get install dataset-fashion-mnist", result.Error, StringComparison.Ordinal);
        Assert.Contains("--data DIR", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedStartLeavesNoRunDirectory()
    {
        string directory = TestSpecs.TemporaryDirectory();
        string output = Path.Combine(directory, "runs");

        CliRunner.Result result = CliRunner.Run("run", "mnist-gd-0.01", "--data", Path.Combine(directory, "no-data"), "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(output, "mnist-gd-0.01-1")), "the run directory was claimed before the data was loaded");
    }

    [Theory]
    [InlineData(typeof(NeuronTopology.Cli.Commands.RunSettings))]
    [InlineData(typeof(NeuronTopology.Cli.Commands.SweepSettings))]
    public void DataHelpNamesDefaultDirectory(Type settings)
    {
        // The help text of --data is its Description attribute; Spectre's help writer is bound to the first console of the process.
        var description = (System.ComponentModel.DescriptionAttribute)Attribute.GetCustomAttribute(
            settings.GetProperty("Data")!, typeof(System.ComponentModel.DescriptionAttribute))!;

        Assert.EndsWith("default /usr/share/datasets/fashion-mnist.", description.Description, StringComparison.Ordinal);
    }
}
