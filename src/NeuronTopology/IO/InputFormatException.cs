namespace NeuronTopology.IO;

/// <summary>
/// Invalid input data: the message names the source (a file path or "standard input"), the line
/// when there is one, the offending value and what was expected.
/// </summary>
public sealed class InputFormatException : Exception
{
    /// <summary>Creates the exception; <paramref name="line"/> is 1-based, or null when the failure is not tied to a line.</summary>
    public InputFormatException(string source, int? line, string message)
        : base(line is null ? $"{source}: {message}" : $"{source}, line {line}: {message}")
    {
        Source = source;
        Line = line;
    }

    /// <summary>The file path, or "standard input".</summary>
    public new string Source { get; }

    /// <summary>The 1-based line number, or null.</summary>
    public int? Line { get; }
}
