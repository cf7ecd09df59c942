using System.Text.Json;

namespace NeuronTopology.Experiments;

/// <summary>
/// Compares a requested spec with the <c>spec.json</c> a run directory already holds. The comparison is semantic:
/// both sides go through <see cref="ExperimentSpecReader"/> and <see cref="ExperimentSpecWriter"/>, so layout,
/// field order and defaults written out or left implicit do not count as differences.
/// </summary>
internal static class SpecDifference
{
    /// <summary>
    /// Throws when the directory's <c>spec.json</c> exists and differs from <paramref name="spec"/>; does nothing when
    /// the file is missing (a fresh directory) or describes the same run.
    /// </summary>
    /// <exception cref="ExperimentSpecException">The specs differ; the message names the directory and the first differing field.</exception>
    public static void EnsureSame(ExperimentSpec spec, RunDirectory directory)
    {
        if (!File.Exists(directory.SpecFile))
            return;
        ExperimentSpec existing = ExperimentSpecReader.Read(directory.SpecFile);
        if (FirstDifference(existing, spec) is not { } difference)
            return;
        throw new ExperimentSpecException(directory.SpecFile, difference.Path,
            $"the run directory {directory.Path} contains a different spec ({difference.Existing} there, {difference.Requested} requested); "
            + "use another output directory, or resume with the spec the directory contains");
    }

    /// <summary>
    /// Returns the JSON path and both values of the first field where the two specs differ, or null when they are equal.
    /// The name and description are compared last, because they usually differ only as a consequence of a setting
    /// (a sweep names its runs after η and seed) and the setting is the more useful field to report.
    /// </summary>
    public static (string Path, string Existing, string Requested)? FirstDifference(ExperimentSpec existing, ExperimentSpec requested)
    {
        using JsonDocument left = JsonDocument.Parse(ExperimentSpecWriter.ToJson(existing with { Name = "", Description = "" }));
        using JsonDocument right = JsonDocument.Parse(ExperimentSpecWriter.ToJson(requested with { Name = "", Description = "" }));
        if (Compare(left.RootElement, right.RootElement, "$") is { } setting)
            return setting;
        if (existing.Name != requested.Name)
            return ("$.name", Quote(existing.Name), Quote(requested.Name));
        return existing.Description != requested.Description ? ("$.description", Quote(existing.Description), Quote(requested.Description)) : null;
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, ExperimentSpecJsonContext.Default.String);

    private static (string, string, string)? Compare(JsonElement left, JsonElement right, string path)
    {
        if (left.ValueKind == JsonValueKind.Object && right.ValueKind == JsonValueKind.Object)
        {
            var names = left.EnumerateObject().Select(property => property.Name)
                .Concat(right.EnumerateObject().Select(property => property.Name)).Distinct();
            foreach (string name in names)
            {
                bool inLeft = left.TryGetProperty(name, out JsonElement leftValue);
                bool inRight = right.TryGetProperty(name, out JsonElement rightValue);
                if (!inLeft || !inRight)
                    return ($"{path}.{name}", inLeft ? leftValue.GetRawText() : "absent", inRight ? rightValue.GetRawText() : "absent");
                if (Compare(leftValue, rightValue, $"{path}.{name}") is { } difference)
                    return difference;
            }
            return null;
        }
        if (left.ValueKind == JsonValueKind.Array && right.ValueKind == JsonValueKind.Array && left.GetArrayLength() == right.GetArrayLength())
        {
            for (int index = 0; index < left.GetArrayLength(); index++)
            {
                if (Compare(left[index], right[index], $"{path}[{index}]") is { } difference)
                    return difference;
            }
            return null;
        }
        // Numbers compare by value, so 0.0025 and 2.5E-3 are the same learning rate.
        if (left.ValueKind == JsonValueKind.Number && right.ValueKind == JsonValueKind.Number
            && left.GetDouble() == right.GetDouble())
        {
            return null;
        }
        return JsonElement.DeepEquals(left, right) ? null : (path, left.GetRawText(), right.GetRawText());
    }
}
