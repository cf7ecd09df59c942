using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>Arguments of <c>ntopo sweep</c>.</summary>
public sealed class SweepSettings : CommandSettings
{
    [CommandArgument(0, "<EXPERIMENT>")]
    [Description("A preset name (see 'ntopo presets') or a JSON spec file; its learning rate is replaced by the grid's.")]
    public string Experiment { get; init; } = "";

    [CommandOption("--lr <LIST>")]
    [Description("Comma-separated learning rates, e.g. 0.001,0.002,0.004.")]
    public string? LearningRates { get; init; }

    [CommandOption("--lr-range <LO:HI:N>")]
    [Description("N learning rates evenly spaced on a log scale from LO to HI, both included.")]
    public string? LearningRateRange { get; init; }

    // The numeric options are bound as text and parsed in Validate, so that a bad value is reported with the
    // option's name (see OptionValues) instead of Spectre's "Failed to convert 'x' to Int32.".
    [CommandOption("--seeds <N>")]
    [Description("Seeds per learning rate: the spec's seed, seed + 1, ...; default 1.")]
    public string? SeedsText { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Sweep directory; default sweeps/NAME. Running the same sweep into it again skips finished runs and resumes the others.")]
    public string? Out { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Number of epochs replacing the spec's.")]
    public string? EpochsText { get; init; }

    [CommandOption("--data <PATH>")]
    [Description("Replaces the spec's data.path (not for generated teacher data): the file of a csv spec, or the directory with the four MNIST or Fashion-MNIST IDX files (raw or .gz), default " + NeuronTopology.Training.Data.MnistDataset.DebianFashionMnistDirectory + ".")]
    public string? Data { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Runs at a time; default the number of processors. The threads are shared among them.")]
    public string? ParallelText { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads in all; 0 (default) uses every processor.")]
    public string? ThreadsText { get; init; }

    [CommandOption("--no-topology")]
    [Description(TopologyOptionValues.NoTopologyDescription)]
    public bool NoTopology { get; init; }

    [CommandOption("--topology-points <N>")]
    [Description(TopologyOptionValues.PointsDescription)]
    public string? TopologyPointsText { get; init; }

    /// <summary>The parsed --topology-points; null when absent.</summary>
    public int? TopologyPoints => OptionValues.Integer(TopologyPointsText);

    /// <summary>The parsed --seeds; 1 when absent.</summary>
    public int Seeds => OptionValues.Integer(SeedsText) ?? 1;

    /// <summary>The parsed --epochs; null when absent.</summary>
    public int? Epochs => OptionValues.Integer(EpochsText);

    /// <summary>The parsed --parallel; null when absent.</summary>
    public int? Parallel => OptionValues.Integer(ParallelText);

    /// <summary>The parsed --threads; 0 when absent.</summary>
    public int Threads => OptionValues.Integer(ThreadsText) ?? 0;

    [CommandOption("--quiet")]
    [Description("Print nothing but errors.")]
    public bool Quiet { get; init; }

    [CommandOption("--json")]
    [Description("Print sweep.json (the η* estimates) to standard output instead of the table.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if ((LearningRates is null) == (LearningRateRange is null))
            return ValidationResult.Error("give exactly one of --lr a,b,c and --lr-range lo:hi:n.");
        string? invalid = OptionValues.CheckInteger("--seeds", SeedsText, 1, "a positive integer")
            ?? OptionValues.CheckInteger("--epochs", EpochsText, 1, "a positive integer")
            ?? OptionValues.CheckInteger("--parallel", ParallelText, 1, "a positive integer")
            ?? OptionValues.CheckInteger("--threads", ThreadsText, 0, "0 (all processors) or a positive integer")
            ?? TopologyOptionValues.Check(NoTopology, TopologyPointsText);
        if (invalid is not null)
            return ValidationResult.Error(invalid);
        if (Out is not null && File.Exists(Out))
            return ValidationResult.Error($"--out {Out} is a file; --out must be a directory (the sweep directory).");
        return ValidationResult.Success();
    }
}
