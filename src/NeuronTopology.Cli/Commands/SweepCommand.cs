using System.Globalization;
using NeuronTopology.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo sweep EXPERIMENT --lr a,b,c | --lr-range lo:hi:n</c>: runs the experiment at every learning rate and seed,
/// several at a time, and writes the phase diagram (<c>sweep.csv</c>, <c>sweep.json</c>, <c>phase-diagram.png</c>) with
/// the empirical η* next to the theory's. Ctrl+C stops every run at its next step with a checkpoint; the same command
/// continues the sweep.
/// </summary>
public sealed class SweepCommand : Command<SweepSettings>
{
    public override int Execute(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        double[] rates = settings.LearningRates is string list ? SweepPlan.ParseList(list) : SweepPlan.ParseRange(settings.LearningRateRange!);
        var overrides = new SpecOverrides
        {
            Epochs = settings.Epochs,
            DataDirectory = settings.Data,
            Topology = TopologyOptionValues.Topology(settings.NoTopology, settings.TopologyPointsText),
            TopologyPoints = settings.TopologyPoints,
        };
        ExperimentSpec spec = overrides.ApplyTo(ExperimentSource.Resolve(settings.Experiment));
        DataPathCheck.Check(spec, settings.Data);
        var plan = new SweepPlan(spec, rates, settings.Seeds);
        string directory = settings.Out ?? Path.Combine("sweeps", spec.Name);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FileSystemFailureException("cannot create the sweep directory", exception);
        }
        int parallel = settings.Parallel ?? Environment.ProcessorCount;

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, args) =>
        {
            args.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        PhaseDiagram diagram;
        try
        {
            var runner = new SweepRunner(ExperimentRunner.CreateDefault());
            var options = new RunOptions { Threads = settings.Threads };
            if (!settings.Quiet)
                Console.Error.WriteLine($"sweep of {spec.Name}: {Runs(plan.Runs().Count)}, {parallel} at a time, in {Path.GetFullPath(directory)}");
            diagram = settings.Quiet
                ? runner.Run(plan, directory, parallel, options, null, interrupt.Token)
                : ShowProgress(plan, progress => runner.Run(plan, directory, parallel, options, progress, interrupt.Token));
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Console.Error.WriteLine($"ntopo: sweep interrupted; run the same command again to continue it.");
            return RunCommand.Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        if (settings.Json)
            Console.Out.Write(File.ReadAllText(Path.Combine(directory, "sweep.json")));
        else if (!settings.Quiet)
            WriteTable(diagram);
        return 0;
    }

    private static PhaseDiagram ShowProgress(SweepPlan plan, Func<IProgress<(int Run, RunProgress Progress)>, PhaseDiagram> sweep)
    {
        PhaseDiagram? diagram = null;
        IReadOnlyList<(ExperimentSpec Spec, string DirectoryName)> runs = plan.Runs();
        RunProgressDisplay.Create(ConsoleOutput.Error).Start(context =>
        {
            ProgressTask[] tasks = runs.Select(run => context.AddTask(Markup.Escape(run.DirectoryName), autoStart: false, maxValue: 1)).ToArray();
            var progress = new InlineProgress<(int Run, RunProgress Progress)>(report =>
            {
                ProgressTask task = tasks[report.Run];
                if (!task.IsStarted)
                    task.StartTask();
                RunProgressDisplay.Update(task, runs[report.Run].DirectoryName, report.Progress);
            });
            diagram = sweep(progress);
            foreach (ProgressTask task in tasks)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        });
        return diagram!;
    }

    private static void WriteTable(PhaseDiagram diagram)
    {
        IAnsiConsole console = ConsoleOutput.Out;
        var table = new Table().Border(TableBorder.Simple).AddColumns("η", "seed", "status", "verdict", "D(0→end)", "median 1/K");
        foreach (SweepPoint point in diagram.Points)
        {
            string verdict = point.Verdict ?? "";
            table.AddRow(
                Format(point.LearningRate),
                point.Seed.ToString(CultureInfo.InvariantCulture),
                point.Status,
                point.IsBroken ? $"[red]{Markup.Escape(verdict)}[/]" : $"[green]{Markup.Escape(verdict)}[/]",
                Format(point.Distortion),
                Format(point.CriticalLearningRate));
        }
        console.Write(table);
        string empirical = diagram.EmpiricalCriticalLearningRate is double estimate
            ? $"{Format(estimate)} (between {Format(diagram.LargestPreserved)} and {Format(diagram.SmallestBroken)})"
            : diagram.SmallestBroken is null ? "above the grid: no run broke" : "below the grid: the smallest η already broke";
        console.WriteLine($"empirical η*: {empirical}{(diagram.IsMonotone ? "" : "; the boundary is not sharp: some η above it kept the topology")}");
        console.WriteLine($"theory η* = median measured 1/K of the preserved runs: {Format(diagram.TheoreticalCriticalLearningRate)}");
    }

    private static string Format(double? value) => value switch
    {
        null => "n/a",
        double v when double.IsPositiveInfinity(v) => "∞",
        double v => v.ToString("G4", CultureInfo.InvariantCulture),
    };

    /// <summary>"1 run" or "N runs".</summary>
    internal static string Runs(int count) => count == 1 ? "1 run" : $"{count} runs";
}
