using System.Globalization;
using NeuronTopology.Experiments;
using Spectre.Console;

namespace NeuronTopology.Cli.Commands;

/// <summary>The summary printed after a run: status, verdict, D(0→end), Betti numbers, η against 1/K, losses and the run directory.</summary>
internal static class RunSummaryTable
{
    public static void Write(IAnsiConsole console, RunResult result)
    {
        MetricsRow? first = result.Rows.Count > 0 ? result.Rows[0] : null;
        MetricsRow? last = result.Rows.Count > 0 ? result.Rows[^1] : null;
        double[] critical = result.Rows.Where(row => row.CriticalLearningRate is double rate && double.IsFinite(rate)).Select(row => row.CriticalLearningRate!.Value).ToArray();
        string status = result.Status == RunStatus.Diverged
            ? $"diverged at step {result.DivergedAtStep}; the files keep step {result.Steps}"
            : $"{result.Status.ToString().ToLowerInvariant()}, {result.Steps} of {result.TotalSteps} steps in {result.Elapsed.TotalSeconds:F0} s";

        var table = new Table().Border(TableBorder.Simple).AddColumns("", Markup.Escape(result.Spec.Name));
        table.AddRow("status", Markup.Escape(status));
        if (result.Verdict is RunVerdict verdict)
        {
            string text = verdict.FirstStep is long step ? $"{verdict.Kind} from step {step}" : verdict.Kind;
            table.AddRow("verdict", verdict.IsBroken ? $"[red]{Markup.Escape(text)}[/]" : $"[green]{Markup.Escape(text)}[/]");
        }
        table.AddRow("L₋, L₊, D (0→end)", $"{Format(last?.LowerLipschitzFromStart)}, {Format(last?.UpperLipschitzFromStart)}, {Format(last?.DistortionFromStart)}");
        if (first?.Betti is int[] before && last?.Betti is int[] after)
        {
            string landmarks = last.CoveringRadius > 0 ? $" on {last.TopologyPoints} landmarks" : "";
            table.AddRow("Betti first → last", Markup.Escape($"[{string.Join(", ", before)}] → [{string.Join(", ", after)}]{landmarks}"));
        }
        table.AddRow("η, median 1/K", $"{Format(result.Spec.Optimizer.LearningRate)}, {(critical.Length > 0 ? Format(RunSummary.Median(critical)) : "not measured")}");
        table.AddRow("train, test loss", $"{Format(last?.TrainLoss)}, {Format(last?.TestLoss)}");
        if (last?.TestAccuracy is double accuracy)
            table.AddRow("test accuracy", Format(accuracy));
        table.AddRow("report", Markup.Escape(result.Directory.ReportFile));
        console.Write(table);
    }

    private static string Format(double? value) => value switch
    {
        null => "n/a",
        double v when double.IsPositiveInfinity(v) => "∞",
        double v => v.ToString("G4", CultureInfo.InvariantCulture),
    };
}
