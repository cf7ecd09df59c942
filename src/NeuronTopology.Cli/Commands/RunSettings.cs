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

    [CommandOption("--lr <ETA>")]
    [Description("Learning rate η replacing the spec's.")]
    public double? LearningRate { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Number of epochs replacing the spec's.")]
    public int? Epochs { get; init; }

    [CommandOption("--seed <S>")]
    [Description("Seed replacing the spec's (data, initial shape, batch order).")]
    public ulong? Seed { get; init; }

    [CommandOption("--data <DIR>")]
    [Description("Directory with the four MNIST or Fashion-MNIST IDX files (raw or .gz).")]
    public string? Data { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads; 0 (default) uses every processor.")]
    public int Threads { get; init; }

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
        if (Resume is not null && (LearningRate is not null || Epochs is not null || Seed is not null || Data is not null))
            return ValidationResult.Error("--resume continues a run as it was started; --lr, --epochs, --seed and --data cannot change it.");
        if (LearningRate is double rate && (!double.IsFinite(rate) || rate <= 0))
            return ValidationResult.Error($"--lr {rate} is not valid; expected a positive number.");
        if (Epochs is int epochs && epochs <= 0)
            return ValidationResult.Error($"--epochs {epochs} is not valid; expected a positive integer.");
        if (Threads < 0)
            return ValidationResult.Error($"--threads {Threads} is not valid; expected 0 (all processors) or a positive integer.");
        return ValidationResult.Success();
    }
}
