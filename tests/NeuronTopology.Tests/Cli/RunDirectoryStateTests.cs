using NeuronTopology.Experiments;
using NeuronTopology.Tests.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class RunDirectoryStateTests
{
    [Theory]
    [InlineData("report")]
    [InlineData("resume")]
    public void RunInUseExitsWithTwo(string command)
    {
        RunDirectory run = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), run, new RunOptions { Threads = 1 });
        string summary = File.ReadAllText(run.SummaryFile);

        CliRunner.Result result;
        // The lock another ntopo process holds while it trains or reports this run.
        using (new FileStream(Path.Combine(run.Path, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            result = command == "report"
                ? CliRunner.Run("report", run.Path)
                : CliRunner.Run("run", "--resume", run.Path, "--quiet", "--threads", "1");
        }

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: the run in {run.Path} is in use by another ntopo process that is running, resuming or reporting it; wait until that process ends, then try again.", result.Error.Trim());
        Assert.Equal(summary, File.ReadAllText(run.SummaryFile));
    }

    [Fact]
    public void DamagedSummaryExitsWithTwo()
    {
        RunDirectory run = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), run, new RunOptions { Threads = 1 });
        File.WriteAllText(run.SummaryFile, "{\n");

        CliRunner.Result result = CliRunner.Run("report", run.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"ntopo: error: {run.SummaryFile}, line 2: not valid JSON, byte 1: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void OneRowCsvLeavesNoRunDirectory()
    {
        string directory = TestSpecs.TemporaryDirectory();
        string csv = Path.Combine(directory, "one.csv");
        File.WriteAllText(csv, "1,2,3\n");
        string spec = Path.Combine(directory, "csv-one.json");
        File.WriteAllText(spec, $$"""
            {
              "name": "csv-one",
              "model": { "layerSizes": [2, 4, 1], "activation": "tanh" },
              "data": { "kind": "csv", "path": {{System.Text.Json.JsonSerializer.Serialize(csv)}} },
              "initialShape": { "kind": "pytorch-default" },
              "loss": "mse",
              "optimizer": { "kind": "sgd", "learningRate": 0.01 },
              "epochs": 1,
              "batchSize": 4
            }
            """);
        string output = Path.Combine(directory, "runs");

        CliRunner.Result result = CliRunner.Run("run", spec, "--out", output, "--quiet");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ntopo: error: {csv}: the table has 1 data row, which $.data.trainFraction 0.7 splits into 1 for training and 0 for testing; both sets need at least one row, so expected at least 2 data rows at this fraction.", result.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(output, "csv-one-1")));
    }
}
