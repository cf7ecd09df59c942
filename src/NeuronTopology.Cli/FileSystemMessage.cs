using System.Text.RegularExpressions;
using NeuronTopology.IO;

namespace NeuronTopology.Cli;

/// <summary>
/// Words a file-system failure (<see cref="IOException"/>, <see cref="UnauthorizedAccessException"/>) as the path and
/// what went wrong, in place of .NET's text ("Access to the path '…' is denied.", "No space left on device : '…'").
/// The path is the one quoted in .NET's message. The temporary file of an atomic write (".NAME.GUID.tmp") is shown as
/// the file it was to become.
/// </summary>
internal static partial class FileSystemMessage
{
    // On Linux, .NET puts the errno of a failed call in IOException.HResult when no more specific type fits.
    private const int InputOutputError = 5;
    private const int NoSpaceLeft = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;

    /// <summary>Returns "ACTION 'PATH': REASON", with the action chosen from the failure when <paramref name="action"/> is null.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="action">What was being done, such as "cannot create the run directory"; null for a generic verb.</param>
    public static string Describe(Exception exception, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        string? quoted = exception is FileNotFoundException { FileName: { } name } ? name : QuotedPath(exception.Message);
        if (quoted is null)
            return action is null ? exception.Message : $"{action}: {exception.Message}";

        string path = AtomicTarget(quoted) ?? quoted;
        bool writing = path != quoted || exception is IOException { HResult: NoSpaceLeft or ReadOnlyFileSystem or QuotaExceeded };
        action ??= writing ? "cannot write" : File.Exists(path) || Directory.Exists(path) ? "cannot open" : "cannot create";
        return $"{action} '{path}': {Reason(exception, quoted)}";
    }

    private static string Reason(Exception exception, string path)
    {
        switch (exception)
        {
            case UnauthorizedAccessException when Directory.Exists(path):
                // .NET reports opening a directory as a file as a denied access.
                return "it is a directory, not a file";
            case UnauthorizedAccessException:
                return "permission denied";
            case DirectoryNotFoundException or FileNotFoundException:
                return Missing(path);
            case IOException { HResult: NoSpaceLeft }:
                return "no space left on the device";
            case IOException { HResult: ReadOnlyFileSystem }:
                return "the file system is read-only";
            case IOException { HResult: QuotaExceeded }:
                return "disk quota exceeded";
            case IOException { HResult: InputOutputError }:
                return "input/output error";
            default:
                // .NET's own text without the path it ends with.
                string text = QuotedSuffix().Replace(exception.Message, "").TrimEnd('.', ' ');
                return text.Length == 0 ? exception.Message : char.ToLowerInvariant(text[0]) + text[1..];
        }
    }

    private static string? QuotedPath(string message)
    {
        int first = message.IndexOf('\'');
        int last = message.LastIndexOf('\'');
        return first >= 0 && last > first + 1 ? message[(first + 1)..last] : null;
    }

    // AtomicFile writes ".NAME.GUID.tmp" beside NAME and renames it.
    private static string? AtomicTarget(string path)
        => AtomicFile.DestinationOfTemporary(Path.GetFileName(path)) is { } name ? Path.Combine(Path.GetDirectoryName(path) ?? "", name) : null;

    // Names the part of the path that stopped the call: a file where a directory was expected, a missing
    // directory, or an existing parent that refused the new entry (as /proc does).
    private static string Missing(string path)
    {
        string full = Path.GetFullPath(path);
        string child = full;
        for (string? current = Path.GetDirectoryName(full); !string.IsNullOrEmpty(current); child = current, current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
                return $"'{current}' is a file, not a directory";
            if (Directory.Exists(current))
                return child == full ? $"no such file or directory; the file system of '{current}' does not allow creating it" : $"'{child}' does not exist";
        }
        return "no such file or directory";
    }

    [GeneratedRegex(@"\s*:?\s*'[^']*'\.?$")]
    private static partial Regex QuotedSuffix();
}
