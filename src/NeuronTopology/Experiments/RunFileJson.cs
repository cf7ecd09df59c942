using System.Text.Json;
using NeuronTopology.IO;

namespace NeuronTopology.Experiments;

/// <summary>Parses the JSON files ntopo writes into a run directory (summary, diagrams), naming the file and line when one is damaged.</summary>
internal static class RunFileJson
{
    /// <summary>Reads and parses <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is not valid JSON; the message names the file, the line, the byte in that line and what is wrong.</exception>
    public static JsonDocument Parse(string path)
    {
        string text = File.ReadAllText(path);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            // JsonException counts lines and bytes from 0 and appends them to its message ("LineNumber: 0 | ..."), which
            // is dropped here because the position is given in the usual 1-based form.
            int line = (int)(exception.LineNumber ?? 0) + 1;
            string column = exception.BytePositionInLine is long position ? $", byte {position + 1}" : "";
            string reason = exception.Message;
            int suffix = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (suffix >= 0)
                reason = reason[..suffix];
            throw new InputFormatException(path, line, $"not valid JSON{column}: {reason} ntopo writes this file whole, so something else changed or cut it.");
        }
    }
}
