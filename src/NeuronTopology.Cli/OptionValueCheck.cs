using Spectre.Console.Cli.Help;

namespace NeuronTopology.Cli;

/// <summary>
/// Rejects an option that takes a value but is given none: the last argument, or followed by another option. In
/// strict mode Spectre.Console.Cli 0.57.2 retries a command line that fails to parse with the token
/// "__default_command" inserted at each position in turn (meant for applications with a default command), so
/// <c>run x.json --out</c> parsed as <c>--out __default_command</c> and the run went to a directory of that name.
/// Checking before Spectre parses keeps such a value from ever reaching a command.
/// </summary>
internal static class OptionValueCheck
{
    /// <summary>
    /// Returns the error message for the first option of the command named by <paramref name="args"/>[0] that
    /// needs a value and has none, or null when every option has its value (or the command is unknown, which the
    /// parser reports). An empty value after "=" counts as none. Arguments after "--" are not options.
    /// </summary>
    /// <param name="model">The application's commands.</param>
    /// <param name="args">The command line after <see cref="DashArgument.Protect"/> and <see cref="NegativeValueArgument.Attach"/>.</param>
    public static string? Find(ICommandModel model, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || model.Commands.FirstOrDefault(command => command.Name == args[0]) is not { } command)
            return null;
        for (int i = 1; i < args.Count && args[i] != "--"; i++)
        {
            string name = args[i].Split('=')[0];
            if (!IsOption(name) || FindOption(command, name) is not { } option || option.IsFlag || option.ValueIsOptional)
                continue;
            bool attached = name.Length < args[i].Length;
            if (attached ? name.Length + 1 == args[i].Length : i + 1 == args.Count || IsOption(args[i + 1]))
                return $"option {name} needs a value ({option.ValueName}); run 'ntopo {command.Name} --help' for its options.";
            if (!attached)
                i++;
        }
        return null;
    }

    // The parser reads every argument that starts with a minus sign as an option. By this point a lone "-" has been
    // replaced by its placeholder, and negative numbers have been joined to their option.
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-';

    private static ICommandOption? FindOption(ICommandInfo command, string arg)
    {
        foreach (ICommandOption option in command.Parameters.OfType<ICommandOption>())
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) ? option.LongNames.Contains(arg[2..]) : option.ShortNames.Contains(arg[1..]))
                return option;
        }
        return null;
    }
}
