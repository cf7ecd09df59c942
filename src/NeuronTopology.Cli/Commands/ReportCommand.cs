using System.ComponentModel;
using NeuronTopology.Experiments;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary><c>ntopo report RUN_DIR</c>: redraws the figures and rewrites <c>report.html</c> and <c>summary.json</c> of a finished run.</summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<RUN_DIR>")]
        [Description("A run directory written by 'ntopo run'.")]
        public string RunDirectory { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        RunResult result = ExperimentRunner.CreateDefault().Report(Experiments.RunDirectory.Open(settings.RunDirectory));
        Console.Out.WriteLine(result.Directory.ReportFile);
        return 0;
    }
}
