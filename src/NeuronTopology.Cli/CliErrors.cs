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
    /// <param name="exception">The failure.</param>
    /// <param name="error">Where the line goes, standard error in the tool.</param>
    /// <param name="args">The command line, which lets the message for an unknown option name the command and the option as typed.</param>
    public static int Report(Exception exception, TextWriter error, IReadOnlyList<string>? args = null)
    {
        if (exception is CommandParseException && UnknownOption(exception.Message, args ?? []) is { } unknown)
        {
            error.WriteLine($"ntopo: error: {unknown}");
            return InvalidInput;
        }

        switch (exception)
        {
            case CommandParseException or CommandRuntimeException or InputFormatException or ArgumentException or FormatException
                or ExperimentSpecException or DatasetNotFoundException or UnknownExperimentException or RunDirectoryException:
                error.WriteLine($"ntopo: error: {exception.Message}");
                return InvalidInput;
            case RipsComplexTooLargeException or SimplexIndexOverflowException:
                // The computation was rejected before it started, and the message names the setting to lower.
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

    // Spectre.Console.Cli reports "Unknown option 'name'." without the dashes or the command. The name is found again
    // on the command line so that the message shows it as typed, with the command's help.
    private static string? UnknownOption(string message, IReadOnlyList<string> args)
    {
        const string Prefix = "Unknown option '";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal) || !message.EndsWith("'.", StringComparison.Ordinal))
            return null;
        string name = message[Prefix.Length..^2];
        string typed = args.FirstOrDefault(arg => arg.StartsWith('-') && arg.TrimStart('-').Split('=')[0] == name)?.Split('=')[0] ?? name;
        string? command = args.FirstOrDefault(arg => !arg.StartsWith('-'));
        return command is null
            ? $"unknown option '{typed}'; run 'ntopo --help' for the commands."
            : $"unknown option '{typed}' for {command}; run 'ntopo {command} --help' for its options.";
    }
}
