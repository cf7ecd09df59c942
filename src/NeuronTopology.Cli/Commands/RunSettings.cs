using System.Globalization;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>Arguments of <c>ntopo run</c>.</summary>
public sealed class RunSettings : CommandSettings
{
    [CommandArgument(0, "[EXPERIMENT]")]
    [Description("A preset name (see 'ntopo presets') or a JSON spec file.")]
    public string? Experiment { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Parent directory of the run directory NAME-N; default 'runs'.")]
    public string Out { get; init; } = "runs";

    [CommandOption("--resume <RUN_DIR>")]
    [Description("Continue the run in RUN_DIR from its last checkpoint (its spec.json is used; no EXPERIMENT).")]
    public string? Resume { get; init; }

    // The numeric options are bound as text and parsed in Validate, so that a bad value is reported with the
    // option's name (see OptionValues) instead of Spectre's "Failed to convert 'x' to Int32.".
    [CommandOption("--lr <ETA>")]
    [Description("Learning rate η replacing the spec's.")]
    public string? LearningRateText { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Number of epochs replacing the spec's.")]
    public string? EpochsText { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed replacing the spec's (data, initial shape, batch order); an integer from 0 to 2^64 - 1.")]
    public string? SeedText { get; init; }

    [CommandOption("--data <PATH>")]
    [Description("Replaces the spec's data.path (not for generated teacher data): the file of a csv spec, or the directory with the four MNIST or Fashion-MNIST IDX files (raw or .gz), default " + NeuronTopology.Training.Data.MnistDataset.DebianFashionMnistDirectory + ".")]
    public string? Data { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads; 0 (default) uses every processor.")]
    public string? ThreadsText { get; init; }

    [CommandOption("--no-topology")]
    [Description(TopologyOptionValues.NoTopologyDescription)]
    public bool NoTopology { get; init; }

    [CommandOption("--topology-points <N>")]
    [Description(TopologyOptionValues.PointsDescription)]
    public string? TopologyPointsText { get; init; }

    /// <summary>The parsed --topology-points; null when absent.</summary>
    public int? TopologyPoints => OptionValues.Integer(TopologyPointsText);

    /// <summary>The parsed --lr; null when absent.</summary>
    public double? LearningRate => OptionValues.Real(LearningRateText);

    /// <summary>The parsed --epochs; null when absent.</summary>
    public int? Epochs => OptionValues.Integer(EpochsText);

    /// <summary>The parsed --seed; null when absent.</summary>
    public ulong? Seed => SeedText is null ? null : ulong.Parse(SeedText, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The parsed --threads; 0 when absent.</summary>
    public int Threads => OptionValues.Integer(ThreadsText) ?? 0;

    [CommandOption("--quiet")]
    [Description("Print nothing but errors.")]
    public bool Quiet { get; init; }

    [CommandOption("--json")]
    [Description("Print summary.json to standard output instead of the table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Resume is null && string.IsNullOrEmpty(Experiment))
            return ValidationResult.Error("missing EXPERIMENT: give a preset name or a spec file, or --resume RUN_DIR.");
        if (Resume is not null && Experiment is not null)
            return ValidationResult.Error($"--resume takes the spec from {Resume}; do not also give EXPERIMENT '{Experiment}'.");
        string? invalid = OptionValues.CheckReal("--lr", LearningRateText, 0, "a positive number", exclusive: true)
            ?? OptionValues.CheckInteger("--epochs", EpochsText, 1, "a positive integer")
            ?? CheckSeed(SeedText)
            ?? OptionValues.CheckInteger("--threads", ThreadsText, 0, "0 (all processors) or a positive integer")
            ?? TopologyOptionValues.Check(NoTopology, TopologyPointsText);
        if (invalid is not null)
            return ValidationResult.Error(invalid);
        if (File.Exists(Out))
            return ValidationResult.Error($"--out {Out} is a file; --out must be a directory (the parent of the run directory).");
        if (Resume is not null && (LearningRateText is not null || EpochsText is not null || SeedText is not null || Data is not null || NoTopology || TopologyPointsText is not null))
            return ValidationResult.Error("--resume continues a run as it was started; --lr, --epochs, --seed, --data, --no-topology and --topology-points cannot change it.");
        return ValidationResult.Success();
    }

    /// <summary>Seeds are unsigned 64-bit: no sign, no fraction.</summary>
    internal static string? CheckSeed(string? text)
        => text is null || ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null
            : OptionValues.Invalid("--seed", text, "an integer from 0 to 18446744073709551615");
}
