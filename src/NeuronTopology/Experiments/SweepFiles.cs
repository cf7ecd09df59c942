using System.Globalization;
using System.Text;
using System.Text.Json;
using NeuronTopology.IO;
using NeuronTopology.Reporting;

namespace NeuronTopology.Experiments;

/// <summary>The files of a sweep directory: <c>sweep.csv</c> (one line per run), <c>sweep.json</c> (the two η* estimates) and <c>phase-diagram.png</c>.</summary>
internal static class SweepFiles
{
    public static void Write(string directory, SweepPlan plan, PhaseDiagram diagram)
    {
        var csv = new StringBuilder("learning_rate,seed,status,verdict,distortion_from_start,median_critical_learning_rate,directory\n");
        foreach (SweepPoint point in diagram.Points)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{point.LearningRate:R},{point.Seed},{point.Status},{point.Verdict},{Number(point.Distortion)},{Number(point.CriticalLearningRate)},{Path.GetFileName(point.Directory)}\n");
        }
        AtomicFile.WriteAllText(Path.Combine(directory, "sweep.csv"), csv.ToString());

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("spec", plan.Spec.Name);
            writer.WriteNumber("runs", diagram.Points.Count);
            writer.WriteNumber("seeds", plan.SeedCount);
            WriteNumber(writer, "largest_preserved_learning_rate", diagram.LargestPreserved);
            WriteNumber(writer, "smallest_broken_learning_rate", diagram.SmallestBroken);
            WriteNumber(writer, "empirical_critical_learning_rate", diagram.EmpiricalCriticalLearningRate);
            WriteNumber(writer, "theoretical_critical_learning_rate", diagram.TheoreticalCriticalLearningRate);
            writer.WriteBoolean("monotone", diagram.IsMonotone);
            writer.WriteEndObject();
        }
        AtomicFile.WriteAllBytes(Path.Combine(directory, "sweep.json"), [.. buffer.ToArray(), (byte)'\n']);
        AtomicFile.WriteAllBytes(Path.Combine(directory, "phase-diagram.png"), PhaseDiagramFigure.Render(plan.Spec.Name, diagram));
    }

    private static string Number(double? value) => value switch
    {
        null => "",
        double v when double.IsPositiveInfinity(v) => "inf",
        double v => v.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double number && double.IsFinite(number))
            writer.WriteNumber(name, number);
        else
            writer.WriteNull(name);
    }
}
