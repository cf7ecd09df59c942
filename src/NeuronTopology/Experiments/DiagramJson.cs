using System.Text.Json;
using NeuronTopology.Homology;
using NeuronTopology.IO;

namespace NeuronTopology.Experiments;

/// <summary>
/// Writes a measured persistence diagram as JSON: <c>step</c>, <c>diameter</c>, <c>scale</c>, <c>betti</c>,
/// <c>points</c> (neurons measured), <c>cloud_points</c>, <c>covering_radius</c> (0 unless the cloud was subsampled to
/// maxmin landmarks), <c>threshold</c>, <c>modulus</c> and <c>intervals</c> (per dimension "0", "1", … a list of [birth, death],
/// death null for an interval that never dies), the layout of the homology fixtures.
/// </summary>
public static class DiagramJson
{
    /// <summary>Returns the JSON text for the topology measured after <paramref name="step"/> steps.</summary>
    public static string Format(long step, TopologyMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("step", step);
            writer.WriteNumber("diameter", measurement.Diameter);
            writer.WriteNumber("scale", measurement.Scale);
            writer.WriteStartArray("betti");
            foreach (int count in measurement.Betti)
                writer.WriteNumberValue(count);
            writer.WriteEndArray();
            writer.WriteNumber("persistent_features", measurement.PersistentFeatures);
            writer.WriteNumber("points", measurement.Points);
            writer.WriteNumber("cloud_points", measurement.CloudPoints);
            writer.WriteNumber("covering_radius", measurement.CoveringRadius);
            PersistenceDiagram diagram = measurement.Diagram;
            if (double.IsFinite(diagram.Threshold))
                writer.WriteNumber("threshold", diagram.Threshold);
            else
                writer.WriteNull("threshold");
            writer.WriteNumber("modulus", diagram.Modulus);
            writer.WriteStartObject("intervals");
            for (int dimension = 0; dimension <= diagram.MaxDimension; dimension++)
            {
                writer.WriteStartArray(dimension.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (PersistenceInterval interval in diagram.Intervals(dimension))
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(interval.Birth);
                    if (interval.IsInfinite)
                        writer.WriteNullValue();
                    else
                        writer.WriteNumberValue(interval.Death);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads the scale (0.25 × diameter) of a diagram written by <see cref="Format"/>.</summary>
    /// <exception cref="InputFormatException">The file is not valid JSON or has no numeric field <c>scale</c>.</exception>
    public static double ReadScale(string path)
    {
        using JsonDocument document = RunFileJson.Parse(path);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("scale", out JsonElement scale)
            && scale.ValueKind == JsonValueKind.Number
            ? scale.GetDouble()
            : throw new InputFormatException(path, null, "not a persistence diagram written by ntopo: expected an object with a numeric field 'scale'.");
    }

    /// <summary>Reads the intervals of a diagram written by <see cref="Format"/>.</summary>
    /// <exception cref="InputFormatException">The file is not valid JSON or does not have the layout above.</exception>
    public static PersistenceDiagram Read(string path)
    {
        using JsonDocument document = RunFileJson.Parse(path);
        try
        {
            JsonElement root = document.RootElement;
            var byDimension = new List<IReadOnlyList<PersistenceInterval>>();
            JsonElement intervals = root.GetProperty("intervals");
            for (int dimension = 0; intervals.TryGetProperty(dimension.ToString(System.Globalization.CultureInfo.InvariantCulture), out JsonElement list); dimension++)
            {
                var bars = new List<PersistenceInterval>();
                foreach (JsonElement pair in list.EnumerateArray())
                {
                    double birth = pair[0].GetDouble();
                    double death = pair[1].ValueKind == JsonValueKind.Null ? double.PositiveInfinity : pair[1].GetDouble();
                    bars.Add(new PersistenceInterval(birth, death));
                }
                byDimension.Add(bars);
            }
            JsonElement threshold = root.GetProperty("threshold");
            return new PersistenceDiagram(byDimension, threshold.ValueKind == JsonValueKind.Null ? double.PositiveInfinity : threshold.GetDouble(), root.GetProperty("modulus").GetInt32());
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or FormatException or ArgumentException)
        {
            throw new InputFormatException(path, null, $"not a persistence diagram written by ntopo: {exception.Message}");
        }
    }
}
