using NeuronTopology.Experiments;
using Spectre.Console;

namespace NeuronTopology.Cli.Commands;

/// <summary>Progress bars for runs: one task per run, counting optimizer steps, with rate, ETA and the last batch loss.</summary>
internal static class RunProgressDisplay
{
    /// <summary>Shows one bar while <paramref name="run"/> executes; the bar follows the <see cref="RunProgress"/> reports it receives.</summary>
    public static RunResult Run(IAnsiConsole console, string name, Func<IProgress<RunProgress>, RunResult> run)
    {
        RunResult? result = null;
        Create(console).Start(context =>
        {
            ProgressTask task = context.AddTask(Markup.Escape(name), maxValue: 1);
            result = run(new InlineProgress<RunProgress>(progress => Update(task, name, progress)));
            task.StopTask();
        });
        return result!;
    }

    /// <summary>A progress display with description, bar, percentage, step rate and remaining time.</summary>
    public static Progress Create(IAnsiConsole console) => console.Progress()
        .AutoClear(false)
        .HideCompleted(false)
        .Columns(
            new TaskDescriptionColumn { Alignment = Justify.Left },
            new ProgressBarColumn(),
            new PercentageColumn(),
            new StepRateColumn(),
            new RemainingTimeColumn(),
            new SpinnerColumn());

    public static void Update(ProgressTask task, string name, RunProgress progress)
    {
        task.MaxValue = Math.Max(1, progress.TotalSteps);
        task.Value = progress.Step;
        string loss = double.IsNaN(progress.BatchLoss) ? "" : $" loss {progress.BatchLoss:G4}";
        string activity = progress.Activity == "training" ? "" : $" ({progress.Activity})";
        task.Description = Markup.Escape($"{name} epoch {progress.Epoch}{loss}{activity}");
    }
}
