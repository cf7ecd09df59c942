using System.ComponentModel;
using System.Globalization;
using NeuronTopology.Geometry;
using NeuronTopology.IO;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo distortion FIRST LAST [--mid FILE…] [--json]</c>: the bi-Lipschitz constants of the map
/// from the first neuron cloud to the last, the pairs that attain them, and the topology verdict.
/// </summary>
public sealed class DistortionCommand : Command<DistortionCommand.Settings>
{
    /// <summary>Arguments and options of <c>ntopo distortion</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FIRST>")]
        [Description("Neuron cloud at the start: .npy (2-D float32/float64 array, one neuron a row) or text with one neuron a line, coordinates separated by commas or whitespace.")]
        public string First { get; init; } = "";

        [CommandArgument(1, "<LAST>")]
        [Description("Neuron cloud at the end, the same neurons in the same rows.")]
        public string Last { get; init; } = "";

        [CommandOption("--mid <FILE>")]
        [Description("A snapshot between FIRST and LAST, in order; repeat for several. The verdict reports the first snapshot that breaks.")]
        public string[] Middle { get; init; } = [];

        [CommandOption("--json")]
        [Description("Print the result as one JSON object instead of text.")]
        public bool Json { get; init; }

        [CommandOption("--limit <LAMBDA>")]
        [Description("Verdict limit Λ on the stretch relative to the typical neighbour stretch (default 32).")]
        public double Limit { get; init; } = new VerdictOptions().DistortionLimit;

        [CommandOption("--neighbours <K>")]
        [Description("Nearest neighbours per neuron in FIRST that define near-neighbour pairs (default 8).")]
        public int Neighbours { get; init; } = new VerdictOptions().NeighbourCount;

        [CommandOption("--lr <ETA>")]
        [Description("Learning rate η; with --sharpness, checks L- against the one-step bound 1 − ηK.")]
        public double? LearningRate { get; init; }

        [CommandOption("--sharpness <K>")]
        [Description("Sharpness K, the top Hessian eigenvalue of the loss; used with --lr.")]
        public double? Sharpness { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Worker threads; 0 uses every processor (default). Results do not depend on it.")]
        public int Threads { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        double? bound = ValidateOptions(settings);
        var paths = new List<string> { settings.First };
        paths.AddRange(settings.Middle);
        paths.Add(settings.Last);
        IReadOnlyList<(long Step, PointCloud Cloud)> snapshots = ReadSnapshots(paths);

        var verdictOptions = new VerdictOptions
        {
            DistortionLimit = settings.Limit,
            NeighbourCount = settings.Neighbours,
            Threads = settings.Threads,
        };
        TopologyVerdictResult verdict = TopologyVerdict.Classify(snapshots, verdictOptions);
        BiLipschitzResult firstToLast = bound is null
            ? verdict.Series[^1].FromStart
            : BiLipschitz.Compute(snapshots[0].Cloud, snapshots[^1].Cloud, new BiLipschitzOptions { Threads = settings.Threads, ContractionBound = bound });

        var report = new DistortionReport(paths, firstToLast, verdict, verdictOptions);
        if (settings.Json)
            report.WriteJson(Console.OpenStandardOutput());
        else
            report.WriteText(Console.Out);
        return 0;
    }

    // Checks the options and returns the bound 1 − ηK, or null. Errors are ArgumentExceptions without a
    // parameter name, so that the CLI prints one line.
    private static double? ValidateOptions(Settings settings)
    {
        if (settings.Threads < 0)
            throw new ArgumentException(Format($"--threads is {settings.Threads}; expected 0 (every processor) or a positive count."));
        if (!double.IsFinite(settings.Limit) || settings.Limit <= 1)
            throw new ArgumentException(Format($"--limit is {settings.Limit}; expected a finite number above 1."));
        if (settings.Neighbours < 1)
            throw new ArgumentException(Format($"--neighbours is {settings.Neighbours}; expected at least 1."));
        if (settings.LearningRate is null && settings.Sharpness is null)
            return null;
        if (settings.LearningRate is not { } eta || settings.Sharpness is not { } sharpness)
            throw new ArgumentException("Pass both --lr and --sharpness: the bound 1 − ηK needs both.");
        if (!double.IsFinite(eta) || eta <= 0)
            throw new ArgumentException(Format($"--lr is {eta}; expected a finite learning rate above 0."));
        if (!double.IsFinite(sharpness))
            throw new ArgumentException(Format($"--sharpness is {sharpness}; expected a finite number."));
        return 1 - eta * sharpness;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Snapshot steps are their positions 0, 1, …: the files carry no training step.
    private static IReadOnlyList<(long Step, PointCloud Cloud)> ReadSnapshots(List<string> paths)
    {
        var snapshots = new List<(long, PointCloud)>();
        PointCloud? first = null;
        for (int index = 0; index < paths.Count; index++)
        {
            PointCloud cloud = ReadCloud(paths[index]);
            if (first is not null && (cloud.Count != first.Count || cloud.Dimension != first.Dimension))
            {
                throw new InputFormatException(
                    paths[index],
                    null,
                    Format($"the cloud is {cloud.Count} × {cloud.Dimension} (neurons × dimension); expected {first.Count} × {first.Dimension} like {paths[0]}."));
            }
            first ??= cloud;
            snapshots.Add((index, cloud));
        }
        return snapshots;
    }

    private static PointCloud ReadCloud(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The cloud file {path} does not exist.", path);
        return Path.GetExtension(path).Equals(".npy", StringComparison.OrdinalIgnoreCase)
            ? NpyFile.ReadPointCloud(path)
            : PointCloudReader.ReadFile(path);
    }
}
