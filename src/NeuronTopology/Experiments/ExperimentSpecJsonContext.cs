using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuronTopology.Experiments;

/// <summary>
/// Source-generated System.Text.Json metadata for the spec and the strings quoted in spec messages, so that
/// serialization needs no reflection and works in the native AOT build of <c>ntopo</c>.
/// </summary>
/// <remarks>
/// The generated <c>Default</c> instance uses the options below and the default encoder;
/// <see cref="ExperimentSpecWriter"/> builds its own instance with the relaxed encoder it writes spec files with.
/// </remarks>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ExperimentSpec))]
[JsonSerializable(typeof(string))]
internal sealed partial class ExperimentSpecJsonContext : JsonSerializerContext;
