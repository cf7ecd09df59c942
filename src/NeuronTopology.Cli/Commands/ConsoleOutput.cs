using System.Globalization;
using Spectre.Console;

namespace NeuronTopology.Cli.Commands;

/// <summary>Spectre consoles bound to the process's standard output (results) and standard error (progress, diagnostics).</summary>
internal static class ConsoleOutput
{
    /// <summary>Width given to a redirected output without COLUMNS: wide enough that no table row of ours wraps.</summary>
    public const int RedirectedWidth = 4096;

    /// <summary>Results: tables and summaries.</summary>
    public static IAnsiConsole Out => Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"));

    /// <summary>Progress bars and diagnostics.</summary>
    public static IAnsiConsole Error => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>
    /// A console writing to <paramref name="writer"/>. Spectre falls back to 80 columns when the output is not a
    /// terminal, which broke table cells mid-word in files and pipes; a redirected output takes the width from
    /// <paramref name="columns"/> (the COLUMNS variable) when it is a positive integer, else <see cref="RedirectedWidth"/>.
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected, string? columns)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out int width) && width > 0
                ? width
                : RedirectedWidth;
        }
        return console;
    }
}
