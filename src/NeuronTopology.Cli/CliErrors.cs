using NeuronTopology.Experiments;
using NeuronTopology.Homology;
using NeuronTopology.IO;
using NeuronTopology.Training.Data;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli;

/// <summary>Maps exceptions that reach the top of a command to one line on standard error and an exit code.</summary>
public static class CliErrors
{
    /// <summary>Exit code for invalid arguments or input data.</summary>
    public const int InvalidInput = 2;

    /// <summary>Exit code for a failure while computing or writing results.</summary>
    public const int Failure = 1;

    /// <summary>Writes "ntopo: error: MESSAGE" to <paramref name="error"/> and returns the exit code; never a stack trace.</summary>
    public static int Report(Exception exception, TextWriter error)
    {
        switch (exception)
        {
            case CommandParseException or CommandRuntimeException or InputFormatException or ArgumentException or FormatException
                or ExperimentSpecException or DatasetNotFoundException:
                error.WriteLine($"ntopo: error: {exception.Message}");
                return InvalidInput;
            case RipsComplexTooLargeException or SimplexIndexOverflowException:
                // The computation was refused before it started; the message says which setting to lower.
                error.WriteLine($"ntopo: error: {exception.Message}");
                return InvalidInput;
            case FileNotFoundException notFound:
                error.WriteLine($"ntopo: error: file not found: {notFound.FileName ?? notFound.Message}");
                return InvalidInput;
            case DirectoryNotFoundException or UnauthorizedAccessException or IOException:
                error.WriteLine($"ntopo: error: {exception.Message}");
                return Failure;
            case OutOfMemoryException:
                error.WriteLine("ntopo: error: out of memory; lower the threshold, the dimension or the input size.");
                return Failure;
            default:
                error.WriteLine($"ntopo: error: {exception.GetType().Name}: {exception.Message}");
                return Failure;
        }
    }
}
