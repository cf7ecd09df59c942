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

    [CommandOption("--seeds <N>")]
    [Description("Seeds per learning rate: the spec's seed, seed + 1, ...; default 1.")]
    public int Seeds { get; init; } = 1;

    [CommandOption("--out <DIR>")]
    [Description("Sweep directory; default sweeps/NAME. Running the same sweep into it again skips finished runs and resumes the others.")]
    public string? Out { get; init; }

    [CommandOption("--epochs <N>")]
    [Description("Number of epochs replacing the spec's.")]
    public int? Epochs { get; init; }

    [CommandOption("--data <DIR>")]
    [Description("Directory with the four MNIST or Fashion-MNIST IDX files (raw or .gz).")]
    public string? Data { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Runs at a time; default the number of processors. The threads are shared among them.")]
    public int? Parallel { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Worker threads in all; 0 (default) uses every processor.")]
    public int Threads { get; init; }

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
        if (Seeds <= 0)
            return ValidationResult.Error($"--seeds {Seeds} is not valid; expected a positive integer.");
        if (Epochs is int epochs && epochs <= 0)
            return ValidationResult.Error($"--epochs {epochs} is not valid; expected a positive integer.");
        if (Parallel is int parallel && parallel <= 0)
            return ValidationResult.Error($"--parallel {parallel} is not valid; expected a positive integer.");
        if (Threads < 0)
            return ValidationResult.Error($"--threads {Threads} is not valid; expected 0 (all processors) or a positive integer.");
        return ValidationResult.Success();
    }
}
