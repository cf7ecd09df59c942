using NeuronTopology.Cli.Commands;

namespace NeuronTopology.Cli;

/// <summary>
/// Reads a well-formed <c>ntopo homology</c> command line without Spectre.Console.Cli. Building Spectre's command
/// model by reflection raised the native build's peak resident memory on a one-point input from 11.7 to 15.0 MB.
/// Scripts that call <c>ntopo homology</c> in place of Ripser would pay that on every call.
/// </summary>
/// <remarks>
/// Only command lines that Spectre would accept unchanged are read here: the command name, at most one FILE, each
/// value option at most once as <c>--name value</c> or <c>--name=value</c>, and <c>--json</c>. The result must also
/// pass <see cref="HomologySettings.Validate"/>. For anything else, such as <c>--help</c>, an unknown or repeated
/// option, a missing value or an invalid one, <see cref="TryRead"/> returns null and Spectre parses the command line,
/// so every error message and the help text come from one place.
/// </remarks>
public static class HomologyDirectArguments
{
    private const string CommandName = "homology";

    /// <summary>Returns the settings of a valid <c>homology</c> command line, or null when Spectre must parse it.</summary>
    public static HomologySettings? TryRead(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] != CommandName)
            return null;

        var settings = new HomologySettings();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool hasFile = false;
        for (int i = 1; i < args.Count; i++)
        {
            string argument = args[i];
            if (argument == "-" || !argument.StartsWith('-'))
            {
                if (hasFile)
                    return null;
                settings.File = argument;
                hasFile = true;
                continue;
            }
            if (!argument.StartsWith("--", StringComparison.Ordinal))
                return null;

            int equals = argument.IndexOf('=');
            string name = equals < 0 ? argument : argument[..equals];
            if (!seen.Add(name))
                return null;
            if (name == "--json")
            {
                if (equals >= 0)
                    return null;
                settings.Json = true;
                continue;
            }

            string? value;
            if (equals >= 0)
            {
                value = argument[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
            {
                value = args[++i];
            }
            else
            {
                return null;
            }
            if (value.Length == 0 || !TrySet(settings, name, value))
                return null;
        }
        return settings.Validate().Successful ? settings : null;
    }

    private static bool TrySet(HomologySettings settings, string name, string value)
    {
        switch (name)
        {
            case "--format": settings.Format = value; return true;
            case "--dim": settings.DimensionText = value; return true;
            case "--threshold": settings.ThresholdText = value; return true;
            case "--modulus": settings.ModulusText = value; return true;
            case "--threads": settings.ThreadsText = value; return true;
            case "--memory-limit": settings.MemoryLimitText = value; return true;
            case "--ratio": settings.RatioText = value; return true;
            case "--betti-at": settings.BettiAtText = value; return true;
            case "--betti-at-relative": settings.BettiAtRelativeText = value; return true;
            default: return false;
        }
    }
}
