namespace NeuronTopology.Experiments;

/// <summary>An experiment spec that is not valid JSON or has a missing, unknown or out-of-range field.</summary>
public sealed class ExperimentSpecException : Exception
{
    /// <summary>Creates the exception; the message reads "SOURCE: PATH: MESSAGE".</summary>
    /// <param name="source">The file name, or the preset name, the spec came from.</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.optimizer.learningRate</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    public ExperimentSpecException(string source, string jsonPath, string message)
        : base($"{source}: {jsonPath}: {message}")
    {
        SpecSource = source;
        JsonPath = jsonPath;
    }

    /// <summary>The file name, or the preset name, the spec came from.</summary>
    public string SpecSource { get; }

    /// <summary>The JSON path of the offending value.</summary>
    public string JsonPath { get; }
}
