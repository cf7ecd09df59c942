using Spectre.Console;

namespace NeuronTopology.Cli.Commands;

/// <summary>Spectre consoles bound to the process's standard output (results) and standard error (progress, diagnostics).</summary>
internal static class ConsoleOutput
{
    /// <summary>Results: tables and summaries.</summary>
    public static IAnsiConsole Out => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    /// <summary>Progress bars and diagnostics.</summary>
    public static IAnsiConsole Error => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
