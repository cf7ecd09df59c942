using NeuronTopology.Cli.Commands;
using Spectre.Console;
using Xunit;

namespace NeuronTopology.Tests.Cli;

public class ConsoleOutputTests
{
    // A run directory path of 120 characters, longer than Spectre's 80-column fallback for a pipe.
    private static readonly string LongPath = "/home/researcher/experiments/" + new string('x', 80) + "/report.html";

    [Fact]
    public void RedirectedTableKeepsEachCellOnOneLine()
    {
        var writer = new StringWriter();
        IAnsiConsole console = ConsoleOutput.Create(writer, redirected: true, columns: null);

        console.Write(new Table().Border(TableBorder.Simple).AddColumns("", "figure8-gd-0.0025").AddRow("report", LongPath));

        string[] lines = writer.ToString().Split('\n');
        Assert.Contains(lines, line => line.Contains(LongPath, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("figure8-gd-0.0025", StringComparison.Ordinal));
    }

    [Fact]
    public void RedirectedOutputHonoursColumns()
    {
        IAnsiConsole console = ConsoleOutput.Create(new StringWriter(), redirected: true, columns: "132");

        Assert.Equal(132, console.Profile.Width);
    }

    [Fact]
    public void RedirectedOutputIgnoresInvalidColumns()
    {
        IAnsiConsole console = ConsoleOutput.Create(new StringWriter(), redirected: true, columns: "wide");

        Assert.Equal(ConsoleOutput.RedirectedWidth, console.Profile.Width);
    }
}
