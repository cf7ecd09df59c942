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
        if (exception is CommandParseException && ParseMessage(exception.Message, args ?? []) is { } parse)
        {
            error.WriteLine($"ntopo: error: {parse}");
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
            case FileSystemFailureException:
                error.WriteLine($"ntopo: error: {exception.Message}");
                return Failure;
            case DirectoryNotFoundException or UnauthorizedAccessException or IOException:
                error.WriteLine($"ntopo: error: {FileSystemMessage.Describe(exception)}");
                return Failure;
            case OutOfMemoryException:
                error.WriteLine("ntopo: error: out of memory; lower the threshold, the dimension or the input size.");
                return Failure;
            default:
                error.WriteLine($"ntopo: error: {exception.GetType().Name}: {exception.Message}");
                return Failure;
        }
    }

    // The message for an option the command does not define, with the option as typed and where to find the valid ones.
    private static string UnknownOptionMessage(string name, IReadOnlyList<string> args)
        => $"unknown option '{Typed(name, args)}'{ForCommand(args)}{Help(args, "options")}";

    // Spectre.Console.Cli words its parse errors for the option or argument alone ("Option 'out' is defined but no
    // value has been provided."), without dashes or the command. The known ones are worded again with the option as
    // typed and the command's help; others pass through. The texts are literals in 0.57.2, not localized resources.
    private static string? ParseMessage(string message, IReadOnlyList<string> args)
    {
        if ((Quoted(message, "Unknown option '", "'.") ?? Quoted(message, "Unexpected option '", "'.")) is { } unknown)
            return UnknownOptionMessage(unknown, args);
        if (Quoted(message, "Option '", "' is defined but no value has been provided.") is { } missing)
            return $"option {Typed(missing, args)} needs a value{Help(args, "options")}";
        if (Quoted(message, "Could not match '", "' with an argument.") is { } extra)
        {
            string shown = DashArgument.IsDash(extra) ? "-" : extra;
            return $"unexpected argument '{shown}'{ForCommand(args)}{Help(args, "usage")}";
        }
        return null;
    }

    private static string? Quoted(string message, string prefix, string suffix)
        => message.Length > prefix.Length + suffix.Length && message.StartsWith(prefix, StringComparison.Ordinal) && message.EndsWith(suffix, StringComparison.Ordinal)
            ? message[prefix.Length..^suffix.Length]
            : null;

    // The option as the user wrote it ("--out" or "-x", without any "=value"); the bare name when it is not found.
    private static string Typed(string name, IReadOnlyList<string> args)
        => args.FirstOrDefault(arg => arg.StartsWith('-') && arg.TrimStart('-').Split('=')[0] == name)?.Split('=')[0] ?? name;

    private static string? Command(IReadOnlyList<string> args) => args.FirstOrDefault(arg => !arg.StartsWith('-'));

    private static string ForCommand(IReadOnlyList<string> args) => Command(args) is { } command ? $" for {command}" : "";

    private static string Help(IReadOnlyList<string> args, string what)
        => Command(args) is { } command ? $"; run 'ntopo {command} --help' for its {what}." : "; run 'ntopo --help' for the commands.";
}
