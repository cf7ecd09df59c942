using System.Text;
using System.Text.Json;
using NeuronTopology.Cli.Commands;
using NeuronTopology.Homology;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// The command's reading, summary and output with a stand-in engine that returns the unit square's diagram, so
/// that formatting is checked independently of the homology computation.
/// </summary>
public class HomologyCommandTests
{
    private const string Square = "0,0\n1,0\n0,1\n1,1\n";

    private static readonly PersistenceDiagram SquareDiagram = new(
        [
            [new(0, 1), new(0, 1), new(0, 1), new(0, double.PositiveInfinity)],
            [new(1, Math.Sqrt(2))],
        ],
        threshold: Math.Sqrt(2),
        modulus: 2);

    private sealed class Recorder
    {
        public RipsInput? Input { get; private set; }

        public RipsOptions? Options { get; private set; }

        public PersistenceDiagram Compute(RipsInput input, RipsOptions options, CancellationToken cancellationToken)
        {
            Input = input;
            Options = options;
            return SquareDiagram;
        }
    }

    private static (int ExitCode, string Output, string Error, Recorder Engine) Run(HomologySettings settings, string standardInput)
    {
        var engine = new Recorder();
        var command = new HomologyCommand(engine.Compute);
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = command.Run(settings, () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString(), engine);
    }

    [Fact]
    public void PointCloudMatchesRipserOutput()
    {
        var (exitCode, output, error, engine) = Run(new HomologySettings { Format = "point-cloud" }, Square);

        Assert.Equal(0, exitCode);
        // ripser 1.2.1 --format point-cloud prints these lines on the unit square; the first three go to stderr here.
        Assert.Equal(
            "point cloud with 4 points in dimension 2\nvalue range: [1,1.41421]\n"
            + "distance matrix with 4 points, using threshold at enclosing radius 1.41421\n",
            error);
        Assert.Equal(
            "persistence intervals in dim 0:\n [0,1)\n [0,1)\n [0,1)\n [0, )\npersistence intervals in dim 1:\n [1,1.41421)\n",
            output);
        Assert.NotNull(engine.Input?.SinglePrecisionPointCloud);
    }

    [Fact]
    public void OptionsReachEngine()
    {
        var settings = new HomologySettings
        {
            Format = "point-cloud",
            DimensionText = "2",
            ThresholdText = "1.2",
            ModulusText = "3",
            ThreadsText = "1",
        };

        var (_, _, error, engine) = Run(settings, Square);

        Assert.Equal(new RipsOptions { MaxDimension = 2, Threshold = 1.2, Modulus = 3, Threads = 1 }, engine.Options);
        // With a threshold, ripser prints only the point count for a point cloud.
        Assert.Equal("point cloud with 4 points in dimension 2\n", error);
    }

    [Theory]
    [InlineData("inf")]
    [InlineData("Infinity")]
    public void InfiniteThresholdIncludesEveryEdge(string text)
    {
        var (_, _, error, engine) = Run(new HomologySettings { Format = "point-cloud", ThresholdText = text }, Square);

        Assert.Equal(double.PositiveInfinity, engine.Options?.Threshold);
        Assert.Equal("point cloud with 4 points in dimension 2\n", error);
    }

    [Fact]
    public void DefaultsAreRipsers()
    {
        var (_, _, error, engine) = Run(new HomologySettings(), "0 1 1.41421 1\n1 0 1 1.41421\n1.41421 1 0 1\n1 1.41421 1 0\n");

        Assert.Equal(new RipsOptions { MaxDimension = 1, Threshold = null, Modulus = 2, Threads = 0 }, engine.Options);
        Assert.NotNull(engine.Input?.DistanceMatrix);
        Assert.Equal("value range: [1,1.41421]\ndistance matrix with 4 points, using threshold at enclosing radius 1.41421\n", error);
    }

    [Fact]
    public void EntryCountUsesFloatThreshold()
    {
        // 0.1 rounds to the float 0.100000001, so the engine, comparing in floats, keeps the two entries of 0.1.
        var settings = new HomologySettings { Format = "lower-distance", ThresholdText = "0.1" };

        var (_, output, error, _) = Run(settings, "0.1\n0.2 0.1\n");

        Assert.Equal("value range: [0.1,0.2]\nsparse distance matrix with 3 points and 2/3 entries\n", error);
        Assert.StartsWith("persistence intervals in dim 0:\n", output);
    }

    [Fact]
    public void ThresholdedMatrixCountsEntries()
    {
        var settings = new HomologySettings { Format = "lower-distance", ThresholdText = "1.2" };

        var (_, _, error, _) = Run(settings, "1\n1.41421 1\n1 1.41421 1\n");

        Assert.Equal("value range: [1,1.41421]\nsparse distance matrix with 4 points and 4/6 entries\n", error);
    }

    [Fact]
    public void SparseInputSummary()
    {
        var (_, _, error, engine) = Run(new HomologySettings { Format = "sparse" }, "0 1 1\n1 2 1\n2 3 1\n3 0 1\n0 2 1.5\n");

        // ripser 1.2.1 --format sparse prints this line for the same edges.
        Assert.Equal("sparse distance matrix with 4 points and 5/6 entries\n", error);
        Assert.NotNull(engine.Input?.SparseDistanceMatrix);
    }

    [Fact]
    public void TwoPointsShowDimensionZeroOnly()
    {
        var (_, output, error, _) = Run(new HomologySettings { Format = "point-cloud" }, "0,0\n3,4\n");

        // Ripser lowers --dim to n − 2, so two points print one heading.
        Assert.StartsWith("persistence intervals in dim 0:\n", output);
        Assert.DoesNotContain("dim 1", output);
        Assert.Equal("point cloud with 2 points in dimension 2\nvalue range: [5,5]\ndistance matrix with 2 points, using threshold at enclosing radius 5\n", error);
    }

    [Fact]
    public void OnePointSummaryMatchesRipser()
    {
        var (exitCode, _, error, _) = Run(new HomologySettings { Format = "point-cloud" }, "0,0\n");

        Assert.Equal(0, exitCode);
        Assert.Equal("point cloud with 1 points in dimension 2\nvalue range: [inf,-inf]\ndistance matrix with 1 points, using threshold at enclosing radius 0\n", error);
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(true, null, null, false)]
    [InlineData(false, "1.2", null, true)]
    [InlineData(false, null, "0.25", false)]
    public void CoordinatePrecisionFollowsOutputs(bool json, string? bettiAt, string? bettiAtRelative, bool singlePrecision)
    {
        var settings = new HomologySettings { Format = "point-cloud", Json = json, BettiAtText = bettiAt, BettiAtRelativeText = bettiAtRelative };

        var (exitCode, _, _, engine) = Run(settings, Square);

        Assert.Equal(0, exitCode);
        Assert.Equal(singlePrecision, engine.Input?.SinglePrecisionPointCloud is not null);
        Assert.Equal(!singlePrecision, engine.Input?.PointCloud is not null);
    }

    [Fact]
    public void BettiAtRelativeScalesDiameter()
    {
        var (_, output, _, _) = Run(new HomologySettings { Format = "point-cloud", BettiAtRelativeText = "0.25" }, Square);

        Assert.EndsWith("betti numbers at 0.353553 (0.25 x diameter 1.41421):\n dim 0: 4\n dim 1: 0\n", output);
    }

    [Fact]
    public void BettiAtCountsLiveIntervals()
    {
        var (_, output, _, _) = Run(new HomologySettings { Format = "point-cloud", BettiAtText = "1.2" }, Square);

        Assert.EndsWith("betti numbers at 1.2:\n dim 0: 1\n dim 1: 1\n", output);
    }

    [Fact]
    public void BettiAtRelativeAboveThresholdIsRejected()
    {
        var settings = new HomologySettings { Format = "point-cloud", BettiAtRelativeText = "0.9", ThresholdText = "1" };

        var exception = Assert.Throws<ArgumentException>(() => Run(settings, Square));

        Assert.Contains("--betti-at-relative 0.9", exception.Message);
        Assert.Contains("above --threshold 1", exception.Message);
    }

    [Fact]
    public void JsonHasIntervalsSettingsAndBetti()
    {
        var (_, output, error, _) = Run(new HomologySettings { Format = "point-cloud", Json = true }, Square);

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("standard input", root.GetProperty("input").GetProperty("source").GetString());
        Assert.Equal("point-cloud", root.GetProperty("input").GetProperty("format").GetString());
        Assert.Equal(4, root.GetProperty("input").GetProperty("points").GetInt32());
        Assert.Equal(Math.Sqrt(2), root.GetProperty("input").GetProperty("diameter").GetDouble());
        Assert.Equal(1, root.GetProperty("max_dimension").GetInt32());
        Assert.Equal(Math.Sqrt(2), root.GetProperty("threshold").GetDouble());
        Assert.False(root.GetProperty("threshold_given").GetBoolean());
        Assert.Equal(2, root.GetProperty("modulus").GetInt32());

        var dimension0 = root.GetProperty("intervals").GetProperty("0");
        Assert.Equal(4, dimension0.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, dimension0[3][1].ValueKind);
        Assert.Equal(Math.Sqrt(2), root.GetProperty("intervals").GetProperty("1")[0][1].GetDouble());

        var betti = root.GetProperty("betti");
        Assert.Equal(0.25 * Math.Sqrt(2), betti.GetProperty("scale").GetDouble());
        Assert.Equal(0.25, betti.GetProperty("relative_scale").GetDouble());
        Assert.Equal([4, 0], betti.GetProperty("numbers").EnumerateArray().Select(number => number.GetInt32()));
        Assert.StartsWith("point cloud with 4 points", error);
    }

    [Fact]
    public void JsonBettiIsNullWhenDefaultScaleIsAboveThreshold()
    {
        // The square's diameter is √2, so the paper's scale 0.25·√2 ≈ 0.354 lies above --threshold 0.3: intervals
        // are cut at 0.3, and counting them at 0.354 would be wrong.
        var (exitCode, output, _, _) = Run(new HomologySettings { Format = "point-cloud", Json = true, ThresholdText = "0.3" }, Square);

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("betti").ValueKind);
        string reason = root.GetProperty("betti_unavailable").GetString()!;
        Assert.Contains("above --threshold 0.3", reason);
        Assert.Equal(Math.Sqrt(2), root.GetProperty("input").GetProperty("diameter").GetDouble());
    }

    [Fact]
    public void JsonBettiIsCountedWhenDefaultScaleIsWithinThreshold()
    {
        var (_, output, _, _) = Run(new HomologySettings { Format = "point-cloud", Json = true, ThresholdText = "0.4" }, Square);

        using var document = JsonDocument.Parse(output);
        var betti = document.RootElement.GetProperty("betti");
        Assert.Equal(0.25 * Math.Sqrt(2), betti.GetProperty("scale").GetDouble());
        Assert.Equal([4, 0], betti.GetProperty("numbers").EnumerateArray().Select(number => number.GetInt32()));
        Assert.False(document.RootElement.TryGetProperty("betti_unavailable", out _));
    }

    [Fact]
    public void JsonBettiAtRelativeAboveThresholdIsRejected()
    {
        var settings = new HomologySettings { Format = "point-cloud", Json = true, BettiAtRelativeText = "0.25", ThresholdText = "0.3" };

        var exception = Assert.Throws<ArgumentException>(() => Run(settings, Square));

        Assert.Contains("above --threshold 0.3", exception.Message);
    }

    [Fact]
    public void JsonRecordsRatioAndMarksFilteredIntervals()
    {
        // The square's loop [1, √2) has death/birth √2 ≈ 1.414: --ratio 1.5 filters it, dimension 0 is never filtered.
        var (_, output, _, _) = Run(new HomologySettings { Format = "point-cloud", Json = true, RatioText = "1.5" }, Square);

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(1.5, root.GetProperty("ratio").GetDouble());
        Assert.Equal(4, root.GetProperty("intervals").GetProperty("0").GetArrayLength());
        Assert.Equal(0, root.GetProperty("intervals").GetProperty("1").GetArrayLength());
        var filtered = root.GetProperty("filtered_by_ratio").GetProperty("1");
        Assert.Equal(1, filtered.GetArrayLength());
        Assert.Equal(Math.Sqrt(2), filtered[0][1].GetDouble());
        Assert.False(root.GetProperty("filtered_by_ratio").TryGetProperty("0", out _));
    }

    [Fact]
    public void JsonWithoutRatioHasNoRatioFields()
    {
        var (_, output, _, _) = Run(new HomologySettings { Format = "point-cloud", Json = true }, Square);

        using var document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.TryGetProperty("ratio", out _));
        Assert.False(document.RootElement.TryGetProperty("filtered_by_ratio", out _));
        Assert.Equal(1, document.RootElement.GetProperty("intervals").GetProperty("1").GetArrayLength());
    }

    [Fact]
    public void NpyReadAsTextIsNotEchoed()
    {
        // Standard input cannot be rewound to check the .npy magic, so the binary header reaches the text reader.
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy"));

        var exception = Assert.Throws<InputFormatException>(() => new HomologyCommand(new Recorder().Compute).Run(
            new HomologySettings { Format = "point-cloud" }, () => new NeuronTopology.Tests.IO.UnseekableStream(new MemoryStream(bytes)), new StringWriter(),
            new StringWriter(), CancellationToken.None));

        Assert.Equal("standard input, line 1: field 1 is not text (it contains U+FFFD); expected a decimal number. A NumPy .npy file is read with the npy format.",
            exception.Message);
    }

    [Fact]
    public void NpyFromStandardInput()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy"));
        var engine = new Recorder();
        var error = new StringWriter();

        new HomologyCommand(engine.Compute).Run(new HomologySettings { Format = "npy" }, () => new MemoryStream(bytes), new StringWriter(), error, CancellationToken.None);

        Assert.Equal(3, engine.Input?.PointCloud?.Count);
        Assert.StartsWith("point cloud with 3 points in dimension 2\n", error.ToString());
    }

    [Fact]
    public void NpyExtensionSelectsNpyFormat()
    {
        var settings = new HomologySettings { File = "points.NPY" };

        Assert.Equal(RipsInputFormat.Npy, settings.InputFormat);
        Assert.Equal(RipsInputFormat.Distance, new HomologySettings { File = "points.txt" }.InputFormat);
        Assert.Equal(RipsInputFormat.PointCloud, new HomologySettings { File = "points.npy", Format = "point-cloud" }.InputFormat);
    }
}
