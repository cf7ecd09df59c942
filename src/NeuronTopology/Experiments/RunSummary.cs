using System.Text.Json;
using NeuronTopology.IO;

namespace NeuronTopology.Experiments;

/// <summary>
/// Writes <c>summary.json</c>: how the run ended, its verdict, and headline numbers from the first and last measurement.
/// Sweeps read it back to skip finished runs and to draw the phase diagram.
/// </summary>
public static class RunSummary
{
    /// <summary>Writes the summary of <paramref name="result"/> into its run directory and returns the JSON text.</summary>
    public static string Write(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string json = Format(result);
        AtomicFile.WriteAllText(result.Directory.SummaryFile, json);
        return json;
    }

    /// <summary>Returns the JSON text of the summary of <paramref name="result"/>.</summary>
    public static string Format(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        IReadOnlyList<MetricsRow> rows = result.Rows;
        MetricsRow? first = rows.Count > 0 ? rows[0] : null;
        MetricsRow? last = rows.Count > 0 ? rows[^1] : null;
        double? medianSharpness = MedianSharpness(rows);
        double[] sharpness = rows.Where(row => row.Sharpness is double k && double.IsFinite(k)).Select(row => row.Sharpness!.Value).ToArray();

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("name", result.Spec.Name);
            writer.WriteString("status", result.Status.ToString().ToLowerInvariant());
            writer.WriteNumber("steps", result.Steps);
            writer.WriteNumber("total_steps", result.TotalSteps);
            WriteNullable(writer, "diverged_at_step", result.DivergedAtStep);
            writer.WriteNumber("learning_rate", result.Spec.Optimizer.LearningRate);
            writer.WriteString("optimizer", result.Spec.Optimizer.Kind);
            writer.WriteNumber("seed", result.Spec.Seed);
            writer.WriteNumber("elapsed_seconds", Math.Round(result.Elapsed.TotalSeconds, 3));

            if (result.Verdict is RunVerdict verdict)
            {
                writer.WriteStartObject("verdict");
                writer.WriteString("kind", verdict.Kind);
                WriteNullable(writer, "first_step", verdict.FirstStep);
                writer.WriteStartArray("witnesses");
                foreach ((int i, int j) in verdict.Witnesses)
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(i);
                    writer.WriteNumberValue(j);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteString("explanation", verdict.Explanation);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("verdict");
            }

            WriteNullable(writer, "l_minus_from_start", last?.LowerLipschitzFromStart);
            WriteNullable(writer, "l_plus_from_start", last?.UpperLipschitzFromStart);
            WriteNullable(writer, "distortion_from_start", last?.DistortionFromStart);
            WriteNullable(writer, "median_sharpness", medianSharpness);
            WriteNullable(writer, "median_critical_learning_rate", MedianCriticalLearningRate(rows));
            WriteNullable(writer, "max_eta_k", sharpness.Length > 0 ? sharpness.Max() * result.Spec.Optimizer.LearningRate : null);
            WriteBetti(writer, "betti_first", first?.Betti);
            WriteBetti(writer, "betti_last", last?.Betti);
            WriteNullable(writer, "topology_points_last", last?.TopologyPoints);
            WriteNullable(writer, "train_loss_first", first?.TrainLoss);
            WriteNullable(writer, "train_loss_last", last?.TrainLoss);
            WriteNullable(writer, "test_loss_last", last?.TestLoss);
            WriteNullable(writer, "test_accuracy_last", last?.TestAccuracy);
            WriteNullable(writer, "distinct_neurons_last", last?.DistinctNeurons);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads status, divergence step and total steps back from a <c>summary.json</c>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">The file is not valid JSON or lacks those fields.</exception>
    public static (RunStatus Status, long? DivergedAtStep, long TotalSteps) ReadStatus(string path)
    {
        using JsonDocument document = RunFileJson.Parse(path);
        JsonElement root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("status", out JsonElement status) || status.ValueKind != JsonValueKind.String
            || !Enum.TryParse(status.GetString(), ignoreCase: true, out RunStatus parsed) || !Enum.IsDefined(parsed)
            || !root.TryGetProperty("total_steps", out JsonElement total) || total.ValueKind != JsonValueKind.Number || !total.TryGetInt64(out long totalSteps))
        {
            throw new InputFormatException(path, null, "not a run summary written by ntopo: expected an object with a status (completed, diverged or interrupted) and a whole number total_steps.");
        }
        long? divergedAt = root.TryGetProperty("diverged_at_step", out JsonElement diverged) && diverged.ValueKind == JsonValueKind.Number && diverged.TryGetInt64(out long at) ? at : null;
        return (parsed, divergedAt, totalSteps);
    }

    /// <summary>Median of the finite sharpness values K of <paramref name="rows"/>; null when none was measured.</summary>
    public static double? MedianSharpness(IEnumerable<MetricsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double[] sharpness = rows.Where(row => row.Sharpness is double k && double.IsFinite(k)).Select(row => row.Sharpness!.Value).ToArray();
        return sharpness.Length > 0 ? Median(sharpness) : null;
    }

    /// <summary>
    /// The run's "median 1/K": 1 / <see cref="MedianSharpness"/>, null when K was not measured or its median is not
    /// positive (no upper limit on η). summary.json, the run table, the report and sweep.csv all show this one value.
    /// </summary>
    public static double? MedianCriticalLearningRate(IEnumerable<MetricsRow> rows)
        => MedianSharpness(rows) is double k && k > 0 ? 1 / k : null;

    /// <summary>Median of a non-empty set of values (mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        double[] sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double number && double.IsFinite(number))
            writer.WriteNumber(name, number);
        else if (value is double infinite && double.IsPositiveInfinity(infinite))
            writer.WriteString(name, "inf");
        else
            writer.WriteNull(name);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is long number)
            writer.WriteNumber(name, number);
        else
            writer.WriteNull(name);
    }

    private static void WriteBetti(Utf8JsonWriter writer, string name, int[]? betti)
    {
        if (betti is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartArray(name);
        foreach (int count in betti)
            writer.WriteNumberValue(count);
        writer.WriteEndArray();
    }
}
