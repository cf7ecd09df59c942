using System.Globalization;
using System.Text;
using System.Text.Json;
using NeuronTopology.Homology;

namespace NeuronTopology.Cli.Formatting;

/// <summary>
/// Writes the result of <c>ntopo homology --json</c>: the input, the settings, the intervals per dimension (death
/// null for an interval that never dies, zero-length intervals left out; with --ratio, the intervals it removes
/// are listed under "filtered_by_ratio") and the Betti numbers over all intervals, or null with a
/// "betti_unavailable" reason when the scale lies above the threshold. Numbers are written with full double precision.
/// </summary>
internal static class DiagramJsonWriter
{
    public static void Write(TextWriter output, PersistenceDiagram diagram, HomologyRunDescription run, double diameter, BettiReport? betti,
        string? bettiUnavailableReason)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();

            json.WriteStartObject("input");
            json.WriteString("source", run.Source);
            json.WriteString("format", run.Format);
            json.WriteNumber("points", run.Points);
            WriteNumberOrNull(json, "diameter", diameter);
            json.WriteEndObject();

            json.WriteNumber("max_dimension", run.MaxDimension);
            WriteNumberOrNull(json, "threshold", diagram.Threshold);
            json.WriteBoolean("threshold_given", run.ThresholdGiven);
            json.WriteNumber("modulus", diagram.Modulus);
            if (run.Ratio is { } ratio)
                json.WriteNumber("ratio", ratio);

            json.WriteStartObject("intervals");
            for (int dimension = 0; dimension <= diagram.MaxDimension; dimension++)
                WriteIntervals(json, dimension, diagram.Intervals(dimension), interval => !FilteredByRatio(interval, dimension, run.Ratio));
            json.WriteEndObject();

            // The intervals --ratio leaves out are kept apart rather than dropped, so that the record stays complete.
            if (run.Ratio is not null)
            {
                json.WriteStartObject("filtered_by_ratio");
                for (int dimension = 1; dimension <= diagram.MaxDimension; dimension++)
                    WriteIntervals(json, dimension, diagram.Intervals(dimension), interval => FilteredByRatio(interval, dimension, run.Ratio));
                json.WriteEndObject();
            }

            if (betti is null)
            {
                json.WriteNull("betti");
                json.WriteString("betti_unavailable", bettiUnavailableReason);
            }
            else
            {
                json.WriteStartObject("betti");
                json.WriteNumber("scale", betti.Scale);
                if (betti.RelativeScale is { } relative)
                    json.WriteNumber("relative_scale", relative);
                else
                    json.WriteNull("relative_scale");
                json.WriteStartArray("numbers");
                foreach (int number in betti.Numbers)
                    json.WriteNumberValue(number);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    // JSON has no infinity, so an unbounded threshold (--threshold inf, or sparse input without one) is null.
    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
            json.WriteNumber(name, value);
        else
            json.WriteNull(name);
    }

    // As Ripser's --ratio: in dimensions 1 and above, an interval with death ≤ ratio × birth is left out.
    private static bool FilteredByRatio(PersistenceInterval interval, int dimension, double? ratio) =>
        ratio is { } r && dimension > 0 && !(interval.Death > interval.Birth * r);

    private static void WriteIntervals(Utf8JsonWriter json, int dimension, IReadOnlyList<PersistenceInterval> intervals,
        Func<PersistenceInterval, bool> include)
    {
        json.WriteStartArray(dimension.ToString(CultureInfo.InvariantCulture));
        foreach (var interval in intervals)
        {
            if (!(interval.Death > interval.Birth) || !include(interval))
                continue;

            // One line per interval keeps large diagrams readable. The writer indents only what it formats itself,
            // so the raw pair carries its own line break and indentation. "R" formatting is a valid JSON number.
            string indentation = new(' ', 2 * json.CurrentDepth);
            string birth = interval.Birth.ToString("R", CultureInfo.InvariantCulture);
            string death = interval.IsInfinite ? "null" : interval.Death.ToString("R", CultureInfo.InvariantCulture);
            json.WriteRawValue($"\n{indentation}[{birth}, {death}]", skipInputValidation: true);
        }
        json.WriteEndArray();
    }
}
