using System.Globalization;
using NeuronTopology.Experiments;
using Spectre.Console;

namespace NeuronTopology.Cli.Commands;

/// <summary>The table printed after runs: one row per run with status, verdict, D(0→end), Betti numbers, η against 1/K and the run directory.</summary>
internal static class RunSummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<RunResult> results)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("run", "status", "verdict", "D(0→end)", "Betti first → last", "η", "median 1/K", "final loss", "directory");
        foreach (RunResult result in results)
        {
            MetricsRow? first = result.Rows.Count > 0 ? result.Rows[0] : null;
            MetricsRow? last = result.Rows.Count > 0 ? result.Rows[^1] : null;
            double[] critical = result.Rows.Where(row => row.CriticalLearningRate is double rate && double.IsFinite(rate)).Select(row => row.CriticalLearningRate!.Value).ToArray();
            string status = result.Status == RunStatus.Diverged ? $"diverged at step {result.DivergedAtStep}" : result.Status.ToString().ToLowerInvariant();
            string verdict = result.Verdict is null ? "" : result.Verdict.FirstStep is long step ? $"{result.Verdict.Kind} from step {step}" : result.Verdict.Kind;
            string betti = first?.Betti is int[] a && last?.Betti is int[] b ? $"[{string.Join(", ", a)}] → [{string.Join(", ", b)}]" : "";
            table.AddRow(
                Markup.Escape(result.Spec.Name),
                Markup.Escape(status),
                result.Verdict is null ? "" : result.Verdict.IsBroken ? $"[red]{Markup.Escape(verdict)}[/]" : $"[green]{Markup.Escape(verdict)}[/]",
                Format(last?.DistortionFromStart),
                Markup.Escape(betti),
                Format(result.Spec.Optimizer.LearningRate),
                critical.Length > 0 ? Format(RunSummary.Median(critical)) : "",
                Format(last?.TrainLoss),
                Markup.Escape(result.Directory.Path));
        }
        console.Write(table);
    }

    private static string Format(double? value) => value switch
    {
        null => "",
        double v when double.IsPositiveInfinity(v) => "∞",
        double v => v.ToString("G4", CultureInfo.InvariantCulture),
    };
}
