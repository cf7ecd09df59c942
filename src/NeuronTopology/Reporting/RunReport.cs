using System.Globalization;
using System.Net;
using System.Text;
using NeuronTopology.Experiments;
using NeuronTopology.Geometry;
using NeuronTopology.IO;

namespace NeuronTopology.Reporting;

/// <summary>
/// Writes a run's figures (PNG, in <c>figures/</c>) and <c>report.html</c>, a single self-contained page with the
/// figures embedded as base64: verdict and headline numbers, first and last neuron clouds, Betti numbers, 1/K against η,
/// step-to-step bi-Lipschitz constants with the bound 1 − ηK, distortion from the start, persistence diagrams and losses.
/// </summary>
public static class RunReport
{
    /// <summary>Renders the figures of <paramref name="result"/> and writes the report into its run directory.</summary>
    /// <returns>The file names of the figures written, in report order.</returns>
    public static IReadOnlyList<string> Write(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        RunDirectory directory = result.Directory;
        var figures = new List<(string File, string Caption, byte[] Png)>();

        if (result.SnapshotSteps.Count > 0)
        {
            long firstStep = result.SnapshotSteps[0];
            long lastStep = result.SnapshotSteps[^1];
            PointCloud first = NpyFile.ReadPointCloud(directory.SnapshotFile(firstStep));
            PointCloud last = NpyFile.ReadPointCloud(directory.SnapshotFile(lastStep));
            figures.Add(("neurons.png", "Neuron cloud at the first and last snapshot (each neuron keeps its colour).", NeuronCloudFigure.Render(firstStep, first, lastStep, last)));
        }
        figures.Add(("distortion.png", "L₋(0→t), L₊(0→t) and D(0→t) of the map from the first snapshot to step t.", SeriesFigures.Distortion(result.Rows)));
        string landmarks = result.Rows.Any(row => row.CoveringRadius > 0) ? $" Measured on {result.Spec.Record.TopologyPoints} maxmin landmarks of the cloud (see the table above)." : "";
        figures.Add(("betti.png", "Betti numbers of the Vietoris–Rips complex at 0.25 × diameter (the paper's measure) and long-lived features." + landmarks, SeriesFigures.Betti(result.Rows)));
        figures.Add(("critical-learning-rate.png", "Critical learning rate 1/K over training, against the learning rate η.", SeriesFigures.CriticalLearningRate(result.Rows)));
        figures.Add(("step-lipschitz.png", "Bi-Lipschitz constants of single updates, with the theory's lower bound 1 − ηK.", SeriesFigures.StepLipschitz(result.Rows)));
        MetricsRow[] withDiagrams = result.Rows.Where(row => row.Betti is not null && File.Exists(directory.DiagramFile(row.Step))).ToArray();
        if (withDiagrams.Length > 0)
        {
            MetricsRow first = withDiagrams[0];
            MetricsRow last = withDiagrams[^1];
            figures.Add(("persistence.png", "Persistence diagrams at the first and last measurement.", PersistenceFigure.Render(
                first.Step, DiagramJson.Read(directory.DiagramFile(first.Step)), DiagramJson.ReadScale(directory.DiagramFile(first.Step)),
                last.Step, DiagramJson.Read(directory.DiagramFile(last.Step)), DiagramJson.ReadScale(directory.DiagramFile(last.Step)))));
        }
        figures.Add(("loss.png", "Loss over the training and test sets.", SeriesFigures.Loss(result.Rows)));

        foreach ((string file, _, byte[] png) in figures)
            AtomicFile.WriteAllBytes(Path.Combine(directory.FigureDirectory, file), png);
        AtomicFile.WriteAllText(directory.ReportFile, Html(result, figures));
        return figures.Select(figure => figure.File).ToArray();
    }

    private static string Html(RunResult result, List<(string File, string Caption, byte[] Png)> figures)
    {
        ExperimentSpec spec = result.Spec;
        MetricsRow? last = result.Rows.Count > 0 ? result.Rows[^1] : null;
        double[] sharpness = result.Rows.Where(row => row.Sharpness is double k && double.IsFinite(k) && k > 0).Select(row => row.Sharpness!.Value).ToArray();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>{Encode(spec.Name)}: ntopo report</title>");
        html.Append("<style>body{font-family:Georgia,serif;max-width:960px;margin:2em auto;color:#222;line-height:1.4}"
            + "h1{font-weight:normal}table{border-collapse:collapse}td,th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:left}"
            + "figure{margin:1.5em 0}figcaption{font-size:0.9em;color:#555}img{max-width:100%}"
            + ".verdict{font-size:1.3em;padding:0.5em 1em;border-left:6px solid #888;background:#f6f6f6}"
            + ".broken{border-color:#d62728}.preserved{border-color:#2ca02c}pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:0.85em}</style>");
        html.Append("</head><body>\n");
        html.Append($"<h1>{Encode(spec.Name)}</h1>\n<p>{Encode(spec.Description)}</p>\n");

        string verdictClass = "";
        if (result.Verdict is not null)
            verdictClass = result.Verdict.IsBroken ? "broken" : "preserved";
        string verdictText = result.Verdict is null ? "no verdict (the run was interrupted)" : $"Topology {result.Verdict.Kind}";
        if (result.Verdict?.FirstStep is long firstStep)
            verdictText += $" from step {firstStep.ToString(CultureInfo.InvariantCulture)}";
        html.Append($"<p class=\"verdict {verdictClass}\">{Encode(verdictText)}</p>\n");
        if (result.Verdict is RunVerdict verdict)
        {
            html.Append($"<p>{Encode(verdict.Explanation)}");
            if (verdict.Witnesses.Count > 0)
                html.Append(Encode(" Witness pairs: " + string.Join(", ", verdict.Witnesses.Take(8).Select(pair => $"({pair.I}, {pair.J})")) + "."));
            html.Append("</p>\n");
        }

        html.Append("<table>\n");
        Row(html, "status", result.Status switch
        {
            RunStatus.Diverged => $"diverged at step {result.DivergedAtStep}; files keep the last finite state (step {result.Steps})",
            _ => result.Status.ToString().ToLowerInvariant(),
        });
        Row(html, "steps", $"{result.Steps} of {result.TotalSteps} ({spec.Epochs} epochs, batch {spec.BatchSize})");
        Row(html, "optimizer", $"{spec.Optimizer.Kind}, η = {Number(spec.Optimizer.LearningRate)}");
        Row(html, "model", $"[{string.Join(", ", spec.Model.LayerSizes)}] {spec.Model.Activation}, bias {(spec.Model.Bias ? "on" : "off")}; start {spec.InitialShape.Kind}; data {spec.Data.Kind}; seed {spec.Seed}");
        if (sharpness.Length > 0)
        {
            double median = RunSummary.Median(sharpness);
            Row(html, "η* = 1/K (median over training)", $"{Number(1 / median)}; η/η* = ηK = {Number(spec.Optimizer.LearningRate * median)} (max {Number(spec.Optimizer.LearningRate * sharpness.Max())})");
        }
        if (last is not null)
        {
            Row(html, "L₋(0→end), L₊(0→end), D", $"{Number(last.LowerLipschitzFromStart)}, {Number(last.UpperLipschitzFromStart)}, {Number(last.DistortionFromStart)}");
            if (result.Rows[0].Betti is int[] firstBetti && last.Betti is int[] lastBetti)
                Row(html, "Betti numbers first → last", $"[{string.Join(", ", firstBetti)}] → [{string.Join(", ", lastBetti)}]");
            if (SubsampleNote(result) is string note)
                Row(html, "topology measured on", note);
            Row(html, "final train / test loss", $"{Number(last.TrainLoss)} / {Number(last.TestLoss)}");
            if (last.TestAccuracy is double accuracy)
                Row(html, "final test accuracy", Number(accuracy));
            Row(html, "distinct neurons at the end", last.DistinctNeurons?.ToString(CultureInfo.InvariantCulture) ?? "not measured");
        }
        html.Append("</table>\n");

        foreach ((string file, string caption, byte[] png) in figures)
            html.Append($"<figure><img alt=\"{Encode(file)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"><figcaption>{Encode(caption)}</figcaption></figure>\n");

        html.Append("<h2>Spec</h2>\n<pre>").Append(Encode(ExperimentSpecWriter.ToJson(spec))).Append("</pre>\n");
        html.Append("<p>Written by ntopo. The numbers behind every figure are in <code>metrics.csv</code>, the clouds in <code>snapshots/</code>, the diagrams in <code>diagrams/</code>.</p>\n");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Describes the landmark subsample the Betti numbers were measured on, with the largest covering radius as a share
    /// of ε; null when every measurement saw every neuron.
    /// </summary>
    private static string? SubsampleNote(RunResult result)
    {
        MetricsRow[] measured = result.Rows.Where(row => row.Betti is not null && row.CoveringRadius > 0).ToArray();
        if (measured.Length == 0)
            return null;
        int points = measured.Max(row => row.TopologyPoints ?? 0);
        double radius = measured.Max(row => row.CoveringRadius!.Value);
        string scales = string.Join(", ", measured.Select(row => $"{Number(row.CoveringRadius)} at step {row.Step}"));
        return $"{points} maxmin landmarks of {result.Spec.Model.LayerSizes[1]} neurons (record.topologyPoints), at ε = 0.25 × the whole cloud's diameter. "
            + $"Covering radius: {scales}. The Betti numbers are the whole cloud's unless a class of the landmarks' or the cloud's diagram is born or dies within twice the covering radius of ε.";
    }

    private static void Row(StringBuilder html, string name, string value)
        => html.Append($"<tr><th>{Encode(name)}</th><td>{Encode(value)}</td></tr>\n");

    private static string Number(double? value) => value switch
    {
        null => "not measured",
        double v when double.IsPositiveInfinity(v) => "∞",
        double v => v.ToString("G4", CultureInfo.InvariantCulture),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
