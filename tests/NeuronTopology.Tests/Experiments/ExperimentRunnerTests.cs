using System.Globalization;
using NeuronTopology.Experiments;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class ExperimentRunnerTests
{
    [Fact]
    public void RunWritesEveryFile()
    {
        string parent = TestSpecs.TemporaryDirectory();
        ExperimentSpec spec = TestSpecs.Short();
        RunDirectory directory = RunDirectory.CreateNew(parent, spec.Name);

        RunResult result = TestSpecs.FakeRunner().Run(spec, directory, new RunOptions { Threads = 1 });

        // 40 samples in batches of 8 make 5 steps an epoch, 15 in all.
        Assert.Equal(RunStatus.Completed, result.Status);
        Assert.Equal(15, result.Steps);
        Assert.Equal(15, result.TotalSteps);
        Assert.True(File.Exists(directory.SpecFile));
        Assert.True(File.Exists(directory.SummaryFile));
        Assert.True(File.Exists(directory.ReportFile));
        Assert.True(File.Exists(directory.CheckpointFile));

        // Snapshots every 2 steps plus the first and last; measurements every 3 steps plus the first and last.
        long[] snapshotSteps = [0, 2, 4, 6, 8, 10, 12, 14, 15];
        Assert.Equal(snapshotSteps, result.SnapshotSteps);
        foreach (long step in snapshotSteps)
        {
            var cloud = NpyFile.ReadPointCloud(directory.SnapshotFile(step));
            Assert.Equal(64, cloud.Count);
            Assert.Equal(2, cloud.Dimension);
        }
        long[] measuredSteps = [0, 3, 6, 9, 12, 15];
        Assert.Equal(measuredSteps, result.Rows.Where(row => row.TrainLoss is not null).Select(row => row.Step));
        long[] topologySteps = [0, 6, 12, 15];
        Assert.Equal(topologySteps, result.Rows.Where(row => row.Betti is not null).Select(row => row.Step));
        foreach (long step in measuredSteps)
            Assert.Equal(topologySteps.Contains(step), File.Exists(directory.DiagramFile(step)));
    }

    [Fact]
    public void MetricsCsvHasColumnsAndValues()
    {
        string parent = TestSpecs.TemporaryDirectory();
        RunDirectory directory = RunDirectory.CreateNew(parent, "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });

        string[] lines = File.ReadAllLines(directory.MetricsFile);
        string[] header = lines[0].Split(',');
        Assert.Equal(MetricsCsv.Columns, header);
        Dictionary<string, string>[] rows = lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second)).ToArray();
        Assert.Equal(["0", "2", "3", "4", "6", "8", "9", "10", "12", "14", "15"], rows.Select(row => row["step"]));

        Dictionary<string, string> first = rows[0];
        Assert.Equal("1", first["l_minus_from_start"]);
        Assert.Equal("1", first["l_plus_from_start"]);
        Assert.Equal("1", first["distortion_from_start"]);
        Assert.Equal("", first["l_minus"]);
        Assert.Equal("1", first["b0"]);
        Assert.Equal("1", first["b1"]);
        Assert.Equal("0", first["b2"]);

        // The fake's sharpness is 2c + 1 = 3 and η = 0.01: ηK = 0.03, 1/K = 1/3, bound 0.97.
        Dictionary<string, string> last = rows[^1];
        Assert.Equal(3.0, Parse(last["sharpness"]));
        Assert.Equal(1.0 / 3, Parse(last["critical_learning_rate"]), 12);
        Assert.Equal(0.03, Parse(last["eta_k"]), 12);
        Assert.Equal(0.97, Parse(last["lower_bound"]), 12);
        Assert.InRange(Parse(last["l_minus"]), 1.0, 1.1);
        Assert.True(Parse(last["l_plus"]) >= Parse(last["l_minus"]));
        Assert.True(Parse(last["distortion_from_start"]) > 1);
        Assert.Equal(Parse(last["l_plus_from_start"]) / Parse(last["l_minus_from_start"]), Parse(last["distortion_from_start"]), 12);
        Assert.Equal("preserved", last["verdict"]);
        Assert.All(rows.SkipLast(1), row => Assert.Equal("", row["verdict"]));

        // Rows that are only snapshots carry the from-start constants but no losses.
        Dictionary<string, string> snapshotOnly = rows[1];
        Assert.Equal("", snapshotOnly["train_loss"]);
        Assert.NotEqual("", snapshotOnly["l_minus_from_start"]);
    }

    [Fact]
    public void ReportEmbedsFigures()
    {
        string parent = TestSpecs.TemporaryDirectory();
        RunDirectory directory = RunDirectory.CreateNew(parent, "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });

        string html = File.ReadAllText(directory.ReportFile);
        string[] figures = ["neurons.png", "distortion.png", "betti.png", "critical-learning-rate.png", "step-lipschitz.png", "persistence.png", "loss.png"];
        foreach (string figure in figures)
        {
            Assert.Contains($"alt=\"{figure}\" src=\"data:image/png;base64,iVBORw0KGgo", html, StringComparison.Ordinal);
            byte[] png = File.ReadAllBytes(Path.Combine(directory.FigureDirectory, figure));
            Assert.Equal(0x89, png[0]);
            Assert.True(png.Length > 5000, $"{figure} has {png.Length} bytes");
        }
        Assert.Contains("Topology preserved", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ResumeMatchesUninterruptedRun()
    {
        string parent = TestSpecs.TemporaryDirectory();
        ExperimentSpec spec = TestSpecs.Short(epochs: 4);
        RunDirectory whole = RunDirectory.CreateNew(parent, spec.Name);
        RunResult reference = TestSpecs.FakeRunner().Run(spec, whole, new RunOptions { Threads = 1 });

        RunDirectory interrupted = RunDirectory.CreateNew(parent, spec.Name);
        using var cancellation = new CancellationTokenSource();
        var stopAfterSeven = new InlineProgress<RunProgress>(progress =>
        {
            if (progress.Step == 7 && progress.Activity == "training")
                cancellation.Cancel();
        });
        RunResult first = TestSpecs.FakeRunner().Run(spec, interrupted, new RunOptions { Threads = 1 }, stopAfterSeven, cancellation.Token);
        Assert.Equal(RunStatus.Interrupted, first.Status);
        Assert.Equal(7, first.Steps);
        Assert.False(File.Exists(interrupted.ReportFile));

        RunResult resumed = TestSpecs.FakeRunner().Run(spec, RunDirectory.Open(interrupted.Path), new RunOptions { Threads = 1 });

        Assert.Equal(RunStatus.Completed, resumed.Status);
        Assert.Equal(reference.Steps, resumed.Steps);
        double[] expected = RunCheckpoint.Read(whole.CheckpointFile).Parameters;
        double[] actual = RunCheckpoint.Read(interrupted.CheckpointFile).Parameters;
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(File.ReadAllText(whole.MetricsFile), File.ReadAllText(interrupted.MetricsFile));
    }

    [Fact]
    public void ResumeFromPeriodicCheckpointAfterCrash()
    {
        string parent = TestSpecs.TemporaryDirectory();
        ExperimentSpec spec = TestSpecs.Short(epochs: 4);
        RunDirectory whole = RunDirectory.CreateNew(parent, spec.Name);
        TestSpecs.FakeRunner().Run(spec, whole, new RunOptions { Threads = 1 });

        // A crash is an exception from inside the run, after the checkpoint of step 8 and before the one of step 12.
        RunDirectory crashed = RunDirectory.CreateNew(parent, spec.Name);
        var crashAtTen = new InlineProgress<RunProgress>(progress =>
        {
            if (progress.Step == 10)
                throw new IOException("simulated crash");
        });
        Assert.Throws<IOException>(() => TestSpecs.FakeRunner().Run(spec, crashed, new RunOptions { Threads = 1 }, crashAtTen));
        Assert.Equal(8, RunCheckpoint.Read(crashed.CheckpointFile).Step);

        TestSpecs.FakeRunner().Run(spec, RunDirectory.Open(crashed.Path), new RunOptions { Threads = 1 });

        Assert.Equal(File.ReadAllBytes(whole.CheckpointFile), File.ReadAllBytes(crashed.CheckpointFile));
        Assert.Equal(File.ReadAllText(whole.MetricsFile), File.ReadAllText(crashed.MetricsFile));
    }

    [Fact]
    public void DivergenceKeepsLastFiniteState()
    {
        string parent = TestSpecs.TemporaryDirectory();
        // Growth 1e300 × η: the first update overflows to ∞ within a few steps.
        ExperimentSpec spec = TestSpecs.Short(learningRate: 10, epochs: 50);
        RunDirectory directory = RunDirectory.CreateNew(parent, spec.Name);

        RunResult result = TestSpecs.FakeRunner(growth: 1e100).Run(spec, directory, new RunOptions { Threads = 1 });

        Assert.Equal(RunStatus.Diverged, result.Status);
        Assert.NotNull(result.DivergedAtStep);
        Assert.Equal(result.DivergedAtStep - 1, result.Steps);
        Assert.Equal(result.Steps, result.Rows[^1].Step);
        Assert.Equal(result.Steps, result.SnapshotSteps[^1]);
        Assert.All(RunCheckpoint.Read(directory.CheckpointFile).Parameters, value => Assert.True(double.IsFinite(value)));
        Assert.Contains("\"status\": \"diverged\"", File.ReadAllText(directory.SummaryFile), StringComparison.Ordinal);
        Assert.Contains($"diverged at step {result.DivergedAtStep}", File.ReadAllText(directory.ReportFile), StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentSpecInDirectoryIsRejected()
    {
        string parent = TestSpecs.TemporaryDirectory();
        RunDirectory directory = RunDirectory.CreateNew(parent, "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });

        var exception = Assert.Throws<ExperimentSpecException>(() => TestSpecs.FakeRunner().Run(TestSpecs.Short(learningRate: 0.02), directory, new RunOptions { Threads = 1 }));

        Assert.Contains("different spec", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewRunNeverReusesDirectory()
    {
        string parent = TestSpecs.TemporaryDirectory();

        RunDirectory first = RunDirectory.CreateNew(parent, "fake");
        RunDirectory second = RunDirectory.CreateNew(parent, "fake");

        Assert.Equal(Path.Combine(parent, "fake-1"), first.Path);
        Assert.Equal(Path.Combine(parent, "fake-2"), second.Path);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
