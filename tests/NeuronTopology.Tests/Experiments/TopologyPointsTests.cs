using NeuronTopology.Experiments;
using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

/// <summary>The <c>record.topologyPoints</c> setting: spec reading, overrides and the subsampled measurement.</summary>
public class TopologyPointsTests
{
    private const string Spec = """
        {
          "name": "tiny",
          "model": { "layerSizes": [1, 16, 1], "activation": "sigmoid" },
          "data": { "kind": "teacher-1d" },
          "initialShape": { "kind": "figure-eight" },
          "loss": "mse",
          "optimizer": { "kind": "sgd", "learningRate": 0.01 },
          "epochs": 2,
          "batchSize": 32,
          "record": { "topologyPoints": 500 }
        }
        """;

    [Fact]
    public void SpecReadsAndWritesTopologyPoints()
    {
        ExperimentSpec spec = ExperimentSpecReader.Parse(Spec, "tiny.json");

        Assert.Equal(500, spec.Record.TopologyPoints);
        Assert.Contains("\"topologyPoints\": 500", ExperimentSpecWriter.ToJson(spec), StringComparison.Ordinal);
        Assert.Equal(spec.Record, ExperimentSpecReader.Parse(ExperimentSpecWriter.ToJson(spec), "again.json").Record);
        Assert.Equal(0, new RecordSpec().TopologyPoints);
    }

    [Theory]
    [InlineData("1", "1 is not valid: one point has no topology to measure; expected 0 (all neurons) or at least 2")]
    [InlineData("-5", "-5 is out of range; expected an integer from 0 to 2147483647")]
    [InlineData("1000000000000", "1000000000000 is out of range; expected an integer from 0 to 2147483647")]
    [InlineData("2.5", "expected an integer")]
    [InlineData("\"all\"", "expected an integer")]
    public void InvalidTopologyPointsNamesPath(string value, string expected)
    {
        string json = Spec.Replace("500", value, StringComparison.Ordinal);

        var exception = Assert.Throws<ExperimentSpecException>(() => ExperimentSpecReader.Parse(json, "tiny.json"));

        Assert.Equal("$.record.topologyPoints", exception.JsonPath);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesSetTopologyWithoutRenaming()
    {
        ExperimentSpec preset = Presets.Find("doubletorus-gd-0.0009")!;

        ExperimentSpec off = new SpecOverrides { Topology = false }.ApplyTo(preset);
        ExperimentSpec capped = new SpecOverrides { Topology = true, TopologyPoints = 256 }.ApplyTo(preset with { Record = preset.Record with { Topology = false } });

        Assert.False(off.Record.Topology);
        Assert.Equal(preset.Name, off.Name);
        Assert.True(capped.Record.Topology);
        Assert.Equal(256, capped.Record.TopologyPoints);
        Assert.Equal(preset.Name, capped.Name);
        Assert.Equal(preset.Optimizer, capped.Optimizer);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void OverrideRejectsInvalidCount(int points)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new SpecOverrides { TopologyPoints = points }.ApplyTo(Presets.All[0]));

        Assert.Equal("--topology-points", exception.ParamName);
    }

    [Fact]
    public void ThreeDPresetsCapTopology()
    {
        foreach (ExperimentSpec preset in Presets.All.Where(spec => spec.InitialShape.Kind == "double-torus"))
        {
            Assert.Equal(1024, preset.Record.TopologyPoints);
            Assert.Equal(140, preset.Record.TopologyEvery);
        }
        Assert.All(Presets.All.Where(spec => spec.InitialShape.Kind != "double-torus"), spec => Assert.Equal(0, spec.Record.TopologyPoints));
    }

    [Fact]
    public void CircleLandmarksKeepTheLoop()
    {
        // 400 points on the unit circle: at ε = 0.25 × diameter = 0.5 the Rips complex is a loop. 40 landmarks are at
        // most 2π/40 ≈ 0.16 apart, far below ε, so the loop survives subsampling.
        PointCloud circle = Circle(400);
        var analysis = new EngineAnalysis();

        TopologyMeasurement full = analysis.MeasureTopology(circle, 0, 1, CancellationToken.None);
        TopologyMeasurement subsampled = analysis.MeasureTopology(circle, 40, 1, CancellationToken.None);

        Assert.Equal([1, 1, 0], full.Betti);
        Assert.Equal(400, full.Points);
        Assert.False(full.IsSubsampled);
        Assert.Equal(0.0, full.CoveringRadius);

        Assert.Equal([1, 1, 0], subsampled.Betti);
        Assert.Equal(40, subsampled.Points);
        Assert.Equal(400, subsampled.CloudPoints);
        Assert.True(subsampled.IsSubsampled);
        Assert.InRange(subsampled.CoveringRadius, Math.PI / 40 * 0.9, 2 * Math.PI / 40);
        Assert.Equal(full.Diameter, subsampled.Diameter);
        Assert.Equal(0.25 * full.Diameter, subsampled.Scale, 1e-15);
        Assert.Equal(40, subsampled.Diagram.Intervals(0).Count);
    }

    [Fact]
    public void CapAboveCloudSizeMeasuresEveryNeuron()
    {
        PointCloud circle = Circle(60);

        TopologyMeasurement measured = new EngineAnalysis().MeasureTopology(circle, 1024, 1, CancellationToken.None);

        Assert.Equal(60, measured.Points);
        Assert.False(measured.IsSubsampled);
        Assert.Equal(0.0, measured.CoveringRadius);
    }

    private static PointCloud Circle(int count)
    {
        var rows = new double[count][];
        for (int i = 0; i < count; i++)
        {
            double angle = 2 * Math.PI * i / count;
            rows[i] = [Math.Cos(angle), Math.Sin(angle)];
        }
        return PointCloud.FromRows(rows);
    }
}
