using System.Globalization;
using NeuronTopology.Experiments;
using NeuronTopology.IO;
using NeuronTopology.Tests.Cli;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

/// <summary>Shortened presets through the real engines: training, Vietoris–Rips, sharpness, geometry and the report.</summary>
[Collection(ConsoleCollection.Name)]
public class EndToEndTests
{
    [Fact]
    public void ShortPresetWritesCompleteRunDirectory()
    {
        string parent = TestSpecs.TemporaryDirectory();

        // Two epochs of 28 steps; measurements every 14 steps, snapshots every 7, topology at the first and last step.
        string spec = Path.Combine(parent, "short.json");
        ExperimentSpec preset = Presets.Find("figure8-gd-0.0025")!;
        File.WriteAllText(spec, ExperimentSpecWriter.ToJson(preset with
        {
            Name = "short",
            Epochs = 2,
            Record = new RecordSpec(SnapshotEvery: 7, MeasureEvery: 14, TopologyEvery: 0),
        }));
        CliRunner.Result result = CliRunner.Run("run", spec, "--out", parent, "--threads", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        RunDirectory directory = RunDirectory.Open(Path.Combine(parent, "short-1"));
        Assert.Contains("\"status\": \"completed\"", result.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(directory.SummaryFile), result.Output);
        foreach (string file in new[] { directory.SpecFile, directory.MetricsFile, directory.SummaryFile, directory.ReportFile, directory.CheckpointFile })
            Assert.True(File.Exists(file), file);

        long[] snapshots = [0, 7, 14, 21, 28, 35, 42, 49, 56];
        foreach (long step in snapshots)
        {
            NpyArray array = NpyFile.Read(directory.SnapshotFile(step));
            Assert.Equal([1024, 2], array.Shape);
            Assert.All(array.Data, value => Assert.True(double.IsFinite(value)));
        }
        Assert.True(File.Exists(directory.DiagramFile(0)));
        Assert.True(File.Exists(directory.DiagramFile(56)));
        Assert.False(File.Exists(directory.DiagramFile(28)));

        string[] lines = File.ReadAllLines(directory.MetricsFile);
        Assert.Equal(string.Join(',', MetricsCsv.Columns), lines[0]);
        Dictionary<string, string>[] rows = lines.Skip(1).Select(line => MetricsCsv.Columns.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second)).ToArray();
        Assert.Equal(snapshots.Select(step => step.ToString(CultureInfo.InvariantCulture)), rows.Select(row => row["step"]));
        foreach (Dictionary<string, string> row in rows.Where(row => row["train_loss"] != ""))
        {
            Assert.InRange(Parse(row["train_loss"]), 1e-8, 1e6);
            Assert.InRange(Parse(row["test_loss"]), 1e-8, 1e6);
            Assert.Equal("", row["train_accuracy"]);
            Assert.InRange(Parse(row["sharpness"]), 1e-3, 1e6);
            Assert.Equal(1 / Parse(row["sharpness"]), Parse(row["critical_learning_rate"]), 1e-12);
            Assert.Equal(0.0025 * Parse(row["sharpness"]), Parse(row["eta_k"]), 1e-9);
            Assert.InRange(int.Parse(row["distinct_neurons"], CultureInfo.InvariantCulture), 1, 1024);
        }
        foreach (Dictionary<string, string> row in rows.Where(row => row["l_minus"] != ""))
            Assert.True(Parse(row["l_minus"]) <= Parse(row["l_plus"]));
        foreach (Dictionary<string, string> row in rows)
            Assert.True(Parse(row["l_minus_from_start"]) <= Parse(row["l_plus_from_start"]));

        // The figure-eight start is one component at 0.25 × diameter (its loops are narrower than the scale).
        Assert.Equal("1", rows[0]["b0"]);
        Assert.Equal("0", rows[0]["b2"]);
        Assert.NotEqual("", rows[^1]["b1"]);
        Assert.Contains(rows[^1]["verdict"], new[] { "preserved", "torn", "folded", "merged" });

        string html = File.ReadAllText(directory.ReportFile);
        foreach (string figure in new[] { "neurons.png", "distortion.png", "betti.png", "critical-learning-rate.png", "step-lipschitz.png", "persistence.png", "loss.png" })
            Assert.Contains($"alt=\"{figure}\" src=\"data:image/png;base64,", html, StringComparison.Ordinal);
    }

    [Fact]
    public void InterruptedPresetResumesBitForBit()
    {
        string parent = TestSpecs.TemporaryDirectory();
        ExperimentSpec spec = Presets.Find("circles-adam-1e-2")! with
        {
            Name = "resume",
            Epochs = 2,
            Record = new RecordSpec(SnapshotEvery: 10, MeasureEvery: 10, Topology: false, Sharpness: true, SharpnessSamples: 256, CheckpointEvery: 20),
        };
        ExperimentRunner runner = ExperimentRunner.CreateDefault();
        var options = new RunOptions { Threads = 2, WriteReport = false };

        RunDirectory whole = RunDirectory.CreateNew(parent, spec.Name);
        runner.Run(spec, whole, options);

        RunDirectory interrupted = RunDirectory.CreateNew(parent, spec.Name);
        using var cancellation = new CancellationTokenSource();
        var stopAtStep = new InlineProgress<RunProgress>(progress =>
        {
            if (progress.Step == 33)
                cancellation.Cancel();
        });
        RunResult first = runner.Run(spec, interrupted, options, stopAtStep, cancellation.Token);
        Assert.Equal(RunStatus.Interrupted, first.Status);
        Assert.Equal(33, first.Steps);

        RunResult resumed = runner.Run(spec, RunDirectory.Open(interrupted.Path), options);

        Assert.Equal(RunStatus.Completed, resumed.Status);
        RunCheckpoint expected = RunCheckpoint.Read(whole.CheckpointFile);
        RunCheckpoint actual = RunCheckpoint.Read(interrupted.CheckpointFile);
        Assert.Equal(56, actual.Step);
        Assert.Equal(expected.Parameters.Select(BitConverter.DoubleToInt64Bits), actual.Parameters.Select(BitConverter.DoubleToInt64Bits));
        foreach (string buffer in expected.OptimizerState.Buffers.Keys)
            Assert.Equal(expected.OptimizerState.Buffers[buffer].Select(BitConverter.DoubleToInt64Bits), actual.OptimizerState.Buffers[buffer].Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(File.ReadAllText(whole.MetricsFile), File.ReadAllText(interrupted.MetricsFile));
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
