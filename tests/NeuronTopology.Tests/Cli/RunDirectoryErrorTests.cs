using NeuronTopology.Experiments;
using NeuronTopology.Tests.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class RunDirectoryErrorTests
{
    [Fact]
    public void ResumeMissingDirectoryExitsWithTwo()
    {
        string missing = Path.Combine(TestSpecs.TemporaryDirectory(), "nonexistent");

        CliRunner.Result result = CliRunner.Run("run", "--resume", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: run directory {missing} not found.", result.Error.Trim());
    }

    [Fact]
    public void ResumeOfLockedRunPrintsOnlyTheError()
    {
        RunDirectory run = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), run, new RunOptions { Threads = 1 });

        CliRunner.Result result;
        using (run.Lock())
            result = CliRunner.Run("run", "--resume", run.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: the run in {run.Path} is in use by another ntopo process that is running, resuming or reporting it; wait until that process ends, then try again.",
            result.Error.Trim());
    }

    [Fact]
    public void ReportOfPlainDirectoryExitsWithTwo()
    {
        string directory = TestSpecs.TemporaryDirectory();

        CliRunner.Result result = CliRunner.Run("report", directory);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{directory} is not a run directory: spec.json is missing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportOfUnstartedRunExitsWithTwo()
    {
        // A run directory with its spec but no checkpoint: the run stopped before its first measurement.
        string directory = TestSpecs.TemporaryDirectory();
        File.WriteAllText(Path.Combine(directory, "spec.json"), ExperimentSpecWriter.ToJson(TestSpecs.Short()));

        CliRunner.Result result = CliRunner.Run("report", directory);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has not started", result.Error, StringComparison.Ordinal);
        Assert.Contains($"ntopo run --resume {directory}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportOfKilledRunSaysResume()
    {
        // A run killed before its end has checkpoints but no summary.json.
        RunDirectory run = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), run, new RunOptions { Threads = 1 });
        File.Delete(run.SummaryFile);

        CliRunner.Result result = CliRunner.Run("report", run.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: the run in {run.Path} is not finished; resume it with 'ntopo run --resume {run.Path}', then report it.", result.Error.Trim());
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    public void OutThatIsFileExitsWithTwo(string command)
    {
        string file = Path.Combine(TestSpecs.TemporaryDirectory(), "results.txt");
        File.WriteAllText(file, "not a directory");
        string[] args = command == "run"
            ? ["run", "figure8-gd-0.0025", "--out", file]
            : ["sweep", "figure8-gd-0.0025", "--lr", "0.001", "--out", file];

        CliRunner.Result result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--out {file} is a file; --out must be a directory", result.Error, StringComparison.Ordinal);
        Assert.Equal("not a directory", File.ReadAllText(file));
    }
}
