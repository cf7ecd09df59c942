using System.Globalization;
using System.Text.Json;
using NeuronTopology.Experiments;
using NeuronTopology.IO;
using NeuronTopology.Tests.Cli;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

/// <summary>Short runs through the real engines with topology capped by --topology-points or switched off by --no-topology.</summary>
[Collection(ConsoleCollection.Name)]
public class TopologyEndToEndTests
{
    // 160 neurons on the figure-eight, one epoch of 28 steps. Snapshots and measurements come every 14 steps, topology at
    // the first and last step.
    private const string Spec = """
        {
          "name": "landmarks",
          "model": { "layerSizes": [1, 160, 1], "activation": "sigmoid" },
          "data": { "kind": "teacher-1d" },
          "initialShape": { "kind": "figure-eight" },
          "loss": "mse",
          "optimizer": { "kind": "sgd", "learningRate": 0.0025 },
          "epochs": 1,
          "batchSize": 128,
          "seed": 2333,
          "record": { "snapshotEvery": 14, "measureEvery": 14 }
        }
        """;

    [Fact]
    public void CappedRunRecordsLandmarkBetti()
    {
        string parent = TestSpecs.TemporaryDirectory();
        string spec = Path.Combine(parent, "landmarks.json");
        File.WriteAllText(spec, Spec);

        CliRunner.Result result = CliRunner.Run("run", spec, "--topology-points", "48", "--out", parent, "--threads", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("on 48 landmarks", result.Output, StringComparison.Ordinal);
        RunDirectory directory = RunDirectory.Open(Path.Combine(parent, "landmarks-1"));
        ExperimentSpec written = ExperimentSpecReader.Read(directory.SpecFile);
        Assert.True(written.Record.Topology);
        Assert.Equal(48, written.Record.TopologyPoints);
        Assert.Equal("landmarks", written.Name);

        Dictionary<string, string>[] rows = ReadMetrics(directory);
        Assert.Equal(["0", "14", "28"], rows.Select(row => row["step"]));
        Assert.Equal("", rows[1]["b0"]);
        Assert.Equal("", rows[1]["topology_points"]);
        foreach (Dictionary<string, string> row in new[] { rows[0], rows[2] })
        {
            long step = long.Parse(row["step"], CultureInfo.InvariantCulture);
            Assert.Equal("48", row["topology_points"]);
            double coveringRadius = double.Parse(row["covering_radius"], CultureInfo.InvariantCulture);
            Assert.True(coveringRadius > 0, $"covering radius {coveringRadius} at step {step}");

            using JsonDocument diagram = JsonDocument.Parse(File.ReadAllText(directory.DiagramFile(step)));
            JsonElement root = diagram.RootElement;
            Assert.Equal(48, root.GetProperty("points").GetInt32());
            Assert.Equal(160, root.GetProperty("cloud_points").GetInt32());
            Assert.Equal(coveringRadius, root.GetProperty("covering_radius").GetDouble());
            Assert.Equal(48, root.GetProperty("intervals").GetProperty("0").GetArrayLength());
            int[] betti = root.GetProperty("betti").EnumerateArray().Select(count => count.GetInt32()).ToArray();
            Assert.Equal([row["b0"], row["b1"], row["b2"]], betti.Select(count => count.ToString(CultureInfo.InvariantCulture)));

            // Measuring the saved snapshot again on 48 landmarks gives the recorded Betti numbers.
            TopologyMeasurement again = new EngineAnalysis().MeasureTopology(NpyFile.ReadPointCloud(directory.SnapshotFile(step)), 48, 1, CancellationToken.None);
            Assert.Equal(betti, again.Betti);
            Assert.Equal(coveringRadius, again.CoveringRadius);
        }

        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(directory.SummaryFile));
        Assert.Equal(48, summary.RootElement.GetProperty("topology_points_last").GetInt32());
        string html = File.ReadAllText(directory.ReportFile);
        Assert.Contains("48 maxmin landmarks of 160 neurons", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTopologyLeavesBettiEmpty()
    {
        string parent = TestSpecs.TemporaryDirectory();
        string spec = Path.Combine(parent, "landmarks.json");
        File.WriteAllText(spec, Spec);

        CliRunner.Result result = CliRunner.Run("run", spec, "--no-topology", "--out", parent, "--threads", "2", "--quiet");

        Assert.Equal(0, result.ExitCode);
        RunDirectory directory = RunDirectory.Open(Path.Combine(parent, "landmarks-1"));
        Assert.False(ExperimentSpecReader.Read(directory.SpecFile).Record.Topology);

        Dictionary<string, string>[] rows = ReadMetrics(directory);
        Assert.Equal(3, rows.Length);
        foreach (Dictionary<string, string> row in rows)
        {
            foreach (string column in new[] { "b0", "b1", "b2", "persistent_features", "topology_points", "covering_radius" })
                Assert.Equal("", row[column]);
            Assert.NotEqual("", row["l_minus_from_start"]);
        }
        Assert.True(!Directory.Exists(directory.DiagramDirectory) || Directory.GetFiles(directory.DiagramDirectory).Length == 0, directory.DiagramDirectory);
        string html = File.ReadAllText(directory.ReportFile);
        Assert.DoesNotContain("maxmin landmarks", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Betti numbers first", html, StringComparison.Ordinal);
    }

    [Fact]
    public void SweepRecordsTopologyCapInEachRun()
    {
        string parent = TestSpecs.TemporaryDirectory();
        string spec = Path.Combine(parent, "landmarks.json");
        File.WriteAllText(spec, Spec);
        string sweep = Path.Combine(parent, "sweep");

        CliRunner.Result result = CliRunner.Run("sweep", spec, "--lr", "0.002,0.003", "--topology-points", "40", "--out", sweep, "--parallel", "1", "--threads", "1", "--quiet");

        Assert.Equal(0, result.ExitCode);
        string[] specs = Directory.GetFiles(sweep, "spec.json", SearchOption.AllDirectories);
        Assert.Equal(2, specs.Length);
        foreach (string file in specs)
        {
            ExperimentSpec written = ExperimentSpecReader.Read(file);
            Assert.Equal(40, written.Record.TopologyPoints);
            Assert.True(written.Record.Topology);
            Dictionary<string, string>[] rows = ReadMetrics(RunDirectory.Open(Path.GetDirectoryName(file)!));
            Assert.Equal("40", rows[0]["topology_points"]);
            Assert.Equal("40", rows[^1]["topology_points"]);
        }
    }

    private static Dictionary<string, string>[] ReadMetrics(RunDirectory directory)
    {
        string[] lines = File.ReadAllLines(directory.MetricsFile);
        Assert.Equal(string.Join(',', MetricsCsv.Columns), lines[0]);
        return lines.Skip(1)
            .Select(line => MetricsCsv.Columns.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second))
            .ToArray();
    }
}
