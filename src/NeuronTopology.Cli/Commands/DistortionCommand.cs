using System.ComponentModel;
using System.Globalization;
using NeuronTopology.Geometry;
using NeuronTopology.IO;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo distortion FIRST LAST [--mid FILE]… [--json]</c>: the bi-Lipschitz constants of the map
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
        public string? LimitText { get; init; }

        [CommandOption("--neighbours <K>")]
        [Description("Nearest neighbours per neuron in FIRST that define near-neighbour pairs (default 8, lowered to the number of neurons minus 1 on smaller clouds); a larger count is rejected.")]
        public string? NeighboursText { get; init; }

        [CommandOption("--lr <ETA>")]
        [Description("Learning rate η; with --sharpness, checks L- against the one-step bound 1 − ηK.")]
        public string? LearningRateText { get; init; }

        [CommandOption("--sharpness <K>")]
        [Description("Sharpness K, the top Hessian eigenvalue of the loss; used with --lr.")]
        public string? SharpnessText { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Worker threads; 0 uses every processor (default). Results do not depend on it.")]
        public string? ThreadsText { get; init; }

        /// <summary>--limit, default <see cref="VerdictOptions.DistortionLimit"/>.</summary>
        public double Limit => OptionValues.Real(LimitText) ?? new VerdictOptions().DistortionLimit;

        /// <summary>--neighbours, default <see cref="VerdictOptions.NeighbourCount"/>.</summary>
        public int Neighbours => OptionValues.Integer(NeighboursText) ?? new VerdictOptions().NeighbourCount;

        /// <summary>--lr, or null.</summary>
        public double? LearningRate => OptionValues.Real(LearningRateText);

        /// <summary>--sharpness, or null.</summary>
        public double? Sharpness => OptionValues.Real(SharpnessText);

        /// <summary>--threads, default 0 (every processor).</summary>
        public int Threads => OptionValues.Integer(ThreadsText) ?? 0;

        /// <summary>Rejects values the typed properties cannot read or the computation does not accept.</summary>
        public override ValidationResult Validate()
        {
            string? error = OptionValues.CheckReal("--limit", LimitText, minimum: 1, "a finite number above 1", exclusive: true)
                ?? OptionValues.CheckInteger("--neighbours", NeighboursText, minimum: 1, "a neighbour count of 1 or more")
                ?? OptionValues.CheckReal("--lr", LearningRateText, minimum: 0, "a finite learning rate above 0", exclusive: true)
                ?? OptionValues.CheckReal("--sharpness", SharpnessText, minimum: 0, "a finite sharpness of 0 or more")
                ?? OptionValues.CheckInteger("--threads", ThreadsText, minimum: 0, "0 (every processor) or a positive thread count");
            if (error is null && (LearningRateText is null) != (SharpnessText is null))
                error = "Pass both --lr and --sharpness: the bound 1 − ηK needs both.";
            return error is null ? ValidationResult.Success() : ValidationResult.Error(error);
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        double? bound = settings.LearningRate is { } eta && settings.Sharpness is { } sharpness ? 1 - eta * sharpness : null;
        var paths = new List<string> { settings.First };
        paths.AddRange(settings.Middle);
        paths.Add(settings.Last);
        IReadOnlyList<(long Step, PointCloud Cloud)> snapshots = ReadSnapshots(paths);
        int neurons = snapshots[0].Cloud.Count;
        // The default is lowered to fit a small cloud (TopologyVerdict clamps it); a count given explicitly is not.
        if (settings.NeighboursText is not null && settings.Neighbours >= neurons)
        {
            throw new ArgumentException(Format(
                $"invalid value '{settings.Neighbours}' for --neighbours; {paths[0]} has {neurons} neurons, so each has at most {neurons - 1} neighbours."));
        }

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
            if (first is null && cloud.Count < 2)
            {
                throw new InputFormatException(
                    paths[index],
                    null,
                    Format($"the cloud has {cloud.Count} neuron; the distortion compares distances between pairs of neurons, so at least 2 are needed."));
            }
            first ??= cloud;
            snapshots.Add((index, cloud));
        }
        return snapshots;
    }

    private static PointCloud ReadCloud(string path)
    {
        if (DashArgument.IsDash(path))
            throw new ArgumentException("distortion reads its clouds from files; '-' (standard input) is not supported, so save the cloud to a file first.");
        if (Directory.Exists(path))
            throw new ArgumentException($"'{path}' is a directory; expected a cloud file (.npy or text).");
        if (!File.Exists(path))
            throw new FileNotFoundException($"The cloud file {path} does not exist.", path);
        return Path.GetExtension(path).Equals(".npy", StringComparison.OrdinalIgnoreCase)
            ? NpyFile.ReadPointCloud(path)
            : PointCloudReader.ReadFile(path);
    }
}
