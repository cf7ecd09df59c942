using System.Globalization;
using System.Text.Json;
using NeuronTopology.Homology;
using NeuronTopology.Tests.Homology;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// Runs <c>ntopo homology</c> on every case of the homology fixtures (points.csv with Ripser 1.2.1's barcodes and
/// the Betti numbers at 0.25 × diameter in reference.json), the way a user would. The directory named by
/// NEURONTOPOLOGY_HOMOLOGY_FIXTURES replaces the bundled one when set.
/// </summary>
/// <remarks>
/// The command is compared in dimensions 0 and 1, and the Betti numbers only for clouds of at most
/// <see cref="MaxPointsForBetti"/> points: dimension 2 of the larger clouds costs minutes, and the engine's own
/// fixture tests compare it already.
/// </remarks>
[Collection(ConsoleCollection.Name)]
public sealed class HomologyFixtureCliTests
{
    private const int MaxPointsForBetti = 300;

    private static string FixtureDirectory
        => Environment.GetEnvironmentVariable("NEURONTOPOLOGY_HOMOLOGY_FIXTURES") is { Length: > 0 } directory
            ? directory
            : Path.Combine(AppContext.BaseDirectory, "Fixtures", "homology");

    public static TheoryData<string> Cases() => CasesUpTo(int.MaxValue);

    public static TheoryData<string> SmallCases() => CasesUpTo(MaxPointsForBetti);

    private static TheoryData<string> CasesUpTo(int maxPoints)
    {
        var data = new TheoryData<string>();
        foreach (string name in JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(FixtureDirectory, "cases.json")))!)
        {
            if (PointCount(Load(name).Points) <= maxPoints)
                data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void IntervalsMatchRipser(string name)
    {
        var (points, reference) = Load(name);
        int maxDimension = Math.Min(reference.GetProperty("max_homology_dimension").GetInt32(), 1);
        var args = new List<string> { "homology", points, "--format", "point-cloud", "--dim", Text(maxDimension) };
        if (reference.GetProperty("threshold").ValueKind != JsonValueKind.Null)
            args.AddRange(["--threshold", reference.GetProperty("threshold").GetRawText()]);

        var result = CliRunner.Run([.. args]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith($"point cloud with {PointCount(points)} points in dimension ", result.Error);
        var parsed = RipserTextParser.Parse(result.Output);
        for (int dimension = 0; dimension < parsed.Count; dimension++)
        {
            var expected = reference.GetProperty("ripser_intervals").TryGetProperty(Text(dimension), out var list)
                ? list.EnumerateArray().Select(ToInterval).ToList()
                : [];
            string? difference = IntervalMultiset.Difference(expected, parsed[dimension]);
            Assert.True(difference is null, $"{name}, dimension {dimension}: {difference}");
        }
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void BettiMatchesReference(string name)
    {
        var (points, reference) = Load(name);
        var paper = reference.GetProperty("paper_betti");
        string scale = paper.GetProperty("scale").GetRawText();

        var result = CliRunner.Run("homology", points, "--format", "point-cloud", "--dim", "2", "--threshold", scale, "--betti-at", scale, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var betti = document.RootElement.GetProperty("betti");
        Assert.Equal(
            paper.GetProperty("betti_from_ripser").EnumerateArray().Select(number => number.GetInt32()),
            betti.GetProperty("numbers").EnumerateArray().Select(number => number.GetInt32()));
        Assert.Equal(paper.GetProperty("diameter").GetDouble(), document.RootElement.GetProperty("input").GetProperty("diameter").GetDouble(), 1e-9);
    }

    private static (string Points, JsonElement Reference) Load(string name)
    {
        string folder = Path.Combine(FixtureDirectory, name);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reference.json")));
        return (Path.Combine(folder, "points.csv"), document.RootElement.Clone());
    }

    private static int PointCount(string points) => File.ReadLines(points).Count(line => line.Trim().Length > 0);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static PersistenceInterval ToInterval(JsonElement pair)
        => new(pair[0].GetDouble(), pair[1].ValueKind == JsonValueKind.Null ? double.PositiveInfinity : pair[1].GetDouble());
}
