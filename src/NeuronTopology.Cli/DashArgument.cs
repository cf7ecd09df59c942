namespace NeuronTopology.Cli;

/// <summary>
/// The lone "-" argument, which by convention names standard input or output. Spectre.Console.Cli 0.57.2 reads it
/// as an option without a name and rejects it ("Option does not have a name."), so <see cref="Program.Main"/>
/// replaces it with <see cref="Placeholder"/> before parsing, and commands test values with <see cref="IsDash"/>.
/// </summary>
public static class DashArgument
{
    /// <summary>The token that stands for "-" after <see cref="Protect"/>; it cannot start an option.</summary>
    public const string Placeholder = "<->";

    /// <summary>Replaces every lone "-" in <paramref name="args"/> with <see cref="Placeholder"/>; other arguments are unchanged.</summary>
    public static string[] Protect(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Select(arg => arg == "-" ? Placeholder : arg).ToArray();
    }

    /// <summary>True when <paramref name="value"/> is "-" or its placeholder.</summary>
    public static bool IsDash(string? value) => value is "-" or Placeholder;
}
