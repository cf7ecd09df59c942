using System.Text.Json;
using NeuronTopology.Geometry;
using NeuronTopology.IO;

namespace NeuronTopology.Tests.Geometry;

/// <summary>
/// One run of the authors' code: neuron clouds after the first and the last step (and optionally one
/// in between) with the constants and the look of the scatter plots recorded in runs.json.
/// </summary>
internal sealed class PaperRun
{
    /// <summary>Environment variable naming a directory read instead of the bundled runs, same layout.</summary>
    public const string DirectoryVariable = "NEURONTOPOLOGY_PAPER_RUNS";

    public required string Name { get; init; }
    public required string Directory { get; init; }
    public required long Steps { get; init; }
    public required double LowerConstant { get; init; }
    public required double UpperConstant { get; init; }
    public required double Distortion { get; init; }
    public required long CoincidentPairs { get; init; }
    public required string Looks { get; init; }

    /// <summary>The eight runs copied into the test project.</summary>
    public static string BundledDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "paper_runs");

    /// <summary>The directory named by <see cref="DirectoryVariable"/>, or the bundled runs.</summary>
    public static string RunsDirectory()
    {
        string? directory = Environment.GetEnvironmentVariable(DirectoryVariable);
        return string.IsNullOrEmpty(directory) ? BundledDirectory : directory;
    }

    /// <summary>Every run listed in runs.json of <paramref name="directory"/>, by default <see cref="RunsDirectory"/>.</summary>
    public static IReadOnlyList<PaperRun> LoadAll(string? directory = null)
    {
        directory ??= RunsDirectory();
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "runs.json")));
        var runs = new List<PaperRun>();
        foreach (JsonProperty run in document.RootElement.GetProperty("runs").EnumerateObject())
        {
            JsonElement value = run.Value;
            runs.Add(new PaperRun
            {
                Name = run.Name,
                Directory = directory,
                Steps = value.TryGetProperty("steps", out JsonElement steps) ? steps.GetInt64() : 2,
                LowerConstant = value.GetProperty("L_minus").GetDouble(),
                UpperConstant = value.GetProperty("L_plus").GetDouble(),
                Distortion = value.TryGetProperty("distortion", out JsonElement distortion)
                    ? distortion.GetDouble()
                    : value.GetProperty("L_plus").GetDouble() / value.GetProperty("L_minus").GetDouble(),
                CoincidentPairs = value.TryGetProperty("coincident_pairs_at_start", out JsonElement coincident) ? coincident.GetInt64() : 0,
                Looks = value.GetProperty("looks").GetString()!,
            });
        }
        return runs;
    }

    public static PaperRun Load(string name, string? directory = null) => LoadAll(directory).Single(run => run.Name == name);

    public PointCloud First => NpyFile.ReadPointCloud(Path.Combine(Directory, Name + ".first.npy"));

    public PointCloud Last => NpyFile.ReadPointCloud(Path.Combine(Directory, Name + ".last.npy"));

    /// <summary>
    /// First, middle when a NAME.mid.npy exists, and last cloud. The files carry no step of the middle
    /// snapshot, so it is placed halfway, which only has to lie between the others.
    /// </summary>
    public IReadOnlyList<(long Step, PointCloud Cloud)> Snapshots()
    {
        var snapshots = new List<(long, PointCloud)> { (0, First) };
        long middleStep = Math.Max(1, Steps / 2);
        string middle = Path.Combine(Directory, Name + ".mid.npy");
        if (File.Exists(middle))
            snapshots.Add((middleStep, NpyFile.ReadPointCloud(middle)));
        snapshots.Add((Math.Max(Steps, middleStep + 1), Last));
        return snapshots;
    }

    public override string ToString() => Name;
}
