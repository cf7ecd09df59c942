using System.Diagnostics;
using NeuronTopology.Cli;
using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// Parsing rules shared by every command, run in-process: an unknown option is an error, and a value that starts
/// with a minus sign reaches validation, which names the option and the value. Each failure is one line on
/// standard error, exit code 2, nothing on standard output.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OptionParsingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntopo-options-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Square()
    {
        string path = Path.Combine(_directory, "square.csv");
        File.WriteAllText(path, "0,0\n1,0\n0,1\n1,1\n");
        return path;
    }

    private static void AssertOneLineError(CliRunner.Result result, params string[] fragments)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("ntopo: error: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        foreach (string fragment in fragments)
            Assert.Contains(fragment, result.Error);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("presets")]
    [InlineData("homology")]
    [InlineData("distortion")]
    [InlineData("run")]
    [InlineData("sweep")]
    [InlineData("report")]
    public void UnknownOptionFailsEveryCommand(string command)
        => AssertOneLineError(CliRunner.Run(command, "--no-such-option"), $"unknown option '--no-such-option' for {command}", $"ntopo {command} --help");

    [Fact]
    public void UnknownOptionWithValueIsNamedAsTyped()
        => AssertOneLineError(CliRunner.Run("homology", Square(), "--dimension=2"), "unknown option '--dimension' for homology");

    [Fact]
    public void UnknownShortOptionIsRejected()
        => AssertOneLineError(CliRunner.Run("homology", Square(), "-x"), "unknown option '-x'");

    // Spectre.Console.Cli's strict mode retried a failed parse with "__default_command" inserted, so these ran with
    // that word as the option's value, and --out wrote a directory of that name.
    [Theory]
    [InlineData("--out", "run", "spec.json", "--quiet", "--out")]
    [InlineData("--out", "run", "spec.json", "--out", "--data", "mnist")]
    [InlineData("--data", "run", "spec.json", "--out", "o", "--data")]
    [InlineData("--resume", "run", "--resume")]
    [InlineData("--topology-points", "run", "spec.json", "--topology-points")]
    [InlineData("--out", "sweep", "spec.json", "--lr", "0.01", "--out")]
    [InlineData("--lr", "sweep", "spec.json", "--lr", "--out", "o")]
    [InlineData("--spec", "presets", "--spec")]
    [InlineData("--mid", "distortion", "a.csv", "b.csv", "--mid")]
    [InlineData("--sharpness", "distortion", "a.csv", "b.csv", "--lr", "0.1", "--sharpness")]
    [InlineData("--threads", "distortion", "a.csv", "b.csv", "--threads=")]
    public void OptionWithoutValueIsRejected(string option, params string[] args)
    {
        CliRunner.Result result = CliRunner.Run(args);

        AssertOneLineError(result, $"option {option} needs a value (", $"); run 'ntopo {args[0]} --help' for its options.");
        Assert.DoesNotContain("__default_command", result.Error);
        Assert.False(Directory.Exists("__default_command"));
    }

    [Theory]
    [InlineData("--dim")]
    [InlineData("--format")]
    [InlineData("--threshold")]
    [InlineData("--betti-at")]
    public void HomologyOptionWithoutValueIsRejected(string option)
    {
        AssertOneLineError(CliRunner.Run("homology", Square(), option), $"option {option} needs a value");
        AssertOneLineError(CliRunner.Run("homology", Square(), option, "--json"), $"option {option} needs a value");
        AssertOneLineError(CliRunner.Run("homology", option, "--json", Square()), $"option {option} needs a value");
    }

    [Theory]
    [InlineData("extra", "run", "spec.json", "extra")]
    [InlineData("c.csv", "distortion", "a.csv", "b.csv", "c.csv")]
    [InlineData("x", "report", "runs/a-1", "x")]
    [InlineData("-", "homology", "a.csv", "-")]
    public void StrayArgumentIsNamed(string stray, params string[] args)
        => AssertOneLineError(CliRunner.Run(args), $"unexpected argument '{stray}' for {args[0]}; run 'ntopo {args[0]} --help' for its usage.");

    [Theory]
    [InlineData("--threshold", "-1")]
    [InlineData("--threshold", "-.5")]
    [InlineData("--threshold", "-inf")]
    [InlineData("--betti-at", "-NaN")]
    [InlineData("--dim", "-2")]
    public void NegativeHomologyValueReachesValidation(string option, string value)
        => AssertOneLineError(CliRunner.Run("homology", Square(), "--format", "point-cloud", option, value), $"invalid value '{value}' for {option}");

    [Theory]
    [InlineData("--lr", "-1", "a finite learning rate above 0")]
    [InlineData("--lr", "-inf", "a finite learning rate above 0")]
    [InlineData("--lr", "abc", "a finite learning rate above 0")]
    [InlineData("--sharpness", "-infinity", "a finite sharpness of 0 or more")]
    [InlineData("--sharpness", "-1", "a finite sharpness of 0 or more")]
    [InlineData("--limit", "-3", "a finite number above 1")]
    [InlineData("--neighbours", "-1", "a neighbour count of 1 or more")]
    [InlineData("--threads", "-2", "0 (every processor)")]
    public void NegativeDistortionValueReachesValidation(string option, string value, string expected)
    {
        string square = Square();
        string[] other = option switch
        {
            "--lr" => ["--sharpness", "2"],
            "--sharpness" => ["--lr", "0.1"],
            _ => [],
        };

        CliRunner.Result result = CliRunner.Run(["distortion", square, square, option, value, .. other]);

        AssertOneLineError(result, $"invalid value '{value}' for {option}", expected);
    }

    [Fact]
    public void ZeroSharpnessIsAccepted()
    {
        string square = Square();

        CliRunner.Result result = CliRunner.Run("distortion", square, square, "--lr", "0.1", "--sharpness", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("L-  1", result.Output);
    }

    [Fact]
    public async Task DimensionHelpFollowsRipsOptions()
    {
        // Spectre.Console writes help to the console it captured at start-up, so the help runs in a child process.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ntopo.dll"));
        start.ArgumentList.Add("homology");
        start.ArgumentList.Add("--help");
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await error);
        string help = string.Join(" ", output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"--dim <K> Highest homology dimension to compute, 0 to {RipsOptions.MaxSupportedDimension};", help);
        // The help layout drops the description's final period.
        Assert.Contains($"as Ripser). Default: {new RipsOptions().MaxDimension} --threshold", help);
    }

    [Theory]
    [InlineData(new[] { "--lr", "-1" }, new[] { "--lr=-1" })]
    [InlineData(new[] { "--lr", "-inf", "x" }, new[] { "--lr=-inf", "x" })]
    [InlineData(new[] { "--lr=-1", "-2" }, new[] { "--lr=-1", "-2" })]
    [InlineData(new[] { "--json", "-x" }, new[] { "--json", "-x" })]
    [InlineData(new[] { "--", "-1" }, new[] { "--", "-1" })]
    [InlineData(new[] { "--dim", "--json" }, new[] { "--dim", "--json" })]
    public void NegativeValuesAreAttached(string[] args, string[] expected)
        => Assert.Equal(expected, NegativeValueArgument.Attach(args));
}
