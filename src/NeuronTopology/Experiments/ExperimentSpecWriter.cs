using System.Text.Encodings.Web;
using System.Text.Json;

namespace NeuronTopology.Experiments;

/// <summary>Writes a spec as indented JSON in the layout <see cref="ExperimentSpecReader"/> reads, every field explicit.</summary>
public static class ExperimentSpecWriter
{
    private static readonly ExperimentSpecJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Returns the JSON text of <paramref name="spec"/>; reading it back gives an equal spec.</summary>
    public static string ToJson(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return JsonSerializer.Serialize(spec, Context.ExperimentSpec) + "\n";
    }
}
