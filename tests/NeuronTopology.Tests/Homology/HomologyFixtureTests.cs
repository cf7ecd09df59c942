using System.Globalization;
using System.Text.Json;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using Xunit;
using Xunit.Abstractions;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// Runs every case of the homology fixtures (Ripser 1.2.1 and GUDHI outputs) through the engine. The directory
/// named by NEURONTOPOLOGY_HOMOLOGY_FIXTURES replaces the bundled one when set (same layout: cases.json plus one
/// folder per case with points.csv and reference.json).
/// </summary>
public sealed class HomologyFixtureTests(ITestOutputHelper output)
{
    private const int MaxPointsForThreadCheck = 300;

    private static string FixtureDirectory
        => Environment.GetEnvironmentVariable("NEURONTOPOLOGY_HOMOLOGY_FIXTURES") is { Length: > 0 } directory
            ? directory
            : Path.Combine(AppContext.BaseDirectory, "Fixtures", "homology");

    public static TheoryData<string> Cases()
    {
        var cases = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(FixtureDirectory, "cases.json")))!;
        var data = new TheoryData<string>();
        foreach (string name in cases)
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IntervalsMatchRipser(string name)
    {
        var (cloud, reference) = Load(name);
        int maxDimension = reference.GetProperty("max_homology_dimension").GetInt32();
        double? threshold = reference.GetProperty("threshold").ValueKind == JsonValueKind.Null ? null : reference.GetProperty("threshold").GetDouble();

        var diagram = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = maxDimension, Threshold = threshold, Threads = 1 });

        var expectedByDimension = reference.GetProperty("ripser_intervals");
        for (int dimension = 0; dimension <= maxDimension; dimension++)
        {
            var expected = expectedByDimension.TryGetProperty(dimension.ToString(CultureInfo.InvariantCulture), out var list)
                ? list.EnumerateArray().Select(ToInterval).ToList()
                : [];
            string? difference = IntervalMultiset.Difference(expected, diagram.Intervals(dimension));
            Assert.True(difference is null, $"{name}, dimension {dimension}: {difference}");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IntervalsIndependentOfThreads(string name)
    {
        var (cloud, reference) = Load(name);
        // The check needs two full runs; the largest dense cases (about a minute each) are covered by the Ripser match alone.
        if (reference.GetProperty("threshold").ValueKind == JsonValueKind.Null && cloud.Count > MaxPointsForThreadCheck)
        {
            output.WriteLine($"{name}: skipped, {cloud.Count} points without a threshold.");
            return;
        }
        int maxDimension = reference.GetProperty("max_homology_dimension").GetInt32();
        double? threshold = reference.GetProperty("threshold").ValueKind == JsonValueKind.Null ? null : reference.GetProperty("threshold").GetDouble();
        var options = new RipsOptions { MaxDimension = maxDimension, Threshold = threshold };

        var single = VietorisRips.Compute(cloud, options with { Threads = 1 });
        var several = VietorisRips.Compute(cloud, options with { Threads = 4 });

        for (int dimension = 0; dimension <= maxDimension; dimension++)
            Assert.Equal(single.Intervals(dimension), several.Intervals(dimension));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PaperBettiMatchesReference(string name)
    {
        var (cloud, reference) = Load(name);
        var paper = reference.GetProperty("paper_betti");
        int[] expected = paper.GetProperty("betti_from_ripser").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        var betti = PaperBetti.Compute(cloud, threads: 1);

        output.WriteLine($"{name}: diameter {betti.Diameter}, scale {betti.Scale}, betti {betti.B0} {betti.B1} {betti.B2}");
        Assert.Equal(paper.GetProperty("diameter").GetDouble(), betti.Diameter, 1e-9);
        Assert.Equal(expected[0], betti.B0);
        Assert.Equal(expected[1], betti.B1);
        Assert.Equal(expected[2], betti.B2);
        if (paper.TryGetProperty("betti_from_gudhi", out var gudhi))
            Assert.Equal(gudhi.EnumerateArray().Select(e => e.GetInt32()).ToArray(), new[] { betti.B0, betti.B1, betti.B2 });
    }

    private static (PointCloud Cloud, JsonElement Reference) Load(string name)
    {
        string folder = Path.Combine(FixtureDirectory, name);
        var rows = File.ReadLines(Path.Combine(folder, "points.csv"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(',').Select(token => double.Parse(token, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reference.json")));
        return (PointCloud.FromRows(rows), document.RootElement.Clone());
    }

    private static PersistenceInterval ToInterval(JsonElement pair)
    {
        double birth = pair[0].GetDouble();
        double death = pair[1].ValueKind == JsonValueKind.Null ? double.PositiveInfinity : pair[1].GetDouble();
        return new PersistenceInterval(birth, death);
    }
}
