using System.Diagnostics.CodeAnalysis;
using NeuronTopology.Cli.Commands;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli;

/// <summary>Entry point of <c>ntopo</c>: registers the commands and turns failures into messages and exit codes.</summary>
public static class Program
{
    [UnconditionalSuppressMessage("AOT", "IL3050:RequiresDynamicCode",
        Justification = "Spectre.Console.Cli reflects over the command and settings types, and the native AOT build roots "
            + "this assembly and Spectre.Console.Cli whole (see the csproj), so every member it looks up is kept.")]
    public static int Main(string[] args)
    {
        // A valid homology command line skips Spectre's reflection, which Ripser-style scripts would pay on every call.
        if (HomologyDirectArguments.TryRead(args) is { } homology)
        {
            try
            {
                return new HomologyCommand().Execute(homology, CancellationToken.None);
            }
            catch (Exception exception)
            {
                return CliErrors.Report(exception, Console.Error, args);
            }
        }

        var app = new CommandApp();
        CommandModelProbe? model = null;
        app.Configure(config =>
        {
            config.SetApplicationName("ntopo");
            config.PropagateExceptions();
            // An unknown option is an error for every command, not an extra argument a mistyped name hides in.
            config.UseStrictParsing();
            config.AddCommand<VersionCommand>("version").WithDescription("Print the version of ntopo.");
            config.AddCommand<HomologyCommand>("homology").WithDescription("Compute Vietoris-Rips persistence barcodes; a drop-in for Ripser.");
            config.AddCommand<DistortionCommand>("distortion")
                .WithDescription("Print the bi-Lipschitz constants L-, L+ and the distortion of the map between two neuron clouds, and whether the topology was preserved.");
            config.AddCommand<RunCommand>("run").WithDescription("Train an experiment (a preset or a JSON spec) and write its run directory and report.")
                .WithExample("run", "figure8-gd-0.0025").WithExample("run", "--resume", "runs/figure8-gd-0.0025-1");
            config.AddCommand<PresetsCommand>("presets").WithDescription("List the preset experiments, one line each, or print one preset's JSON spec with --spec NAME.")
                .WithExample("presets", "--spec", "doubletorus-gd-0.0009");
            config.AddCommand<ReportCommand>("report").WithDescription("Redraw the figures and rewrite report.html of a finished run.");
            config.AddCommand<SweepCommand>("sweep").WithDescription("Run an experiment over a grid of learning rates and seeds and draw its phase diagram.")
                .WithExample("sweep", "figure8-gd-0.0025", "--lr-range", "0.001:0.004:6");
            model = new CommandModelProbe(config.Settings);
            config.SetHelpProvider(model);
        });

        try
        {
            string[] prepared = NegativeValueArgument.Attach(DashArgument.Protect(args));
            if (OptionValueCheck.Find(model!.Read(app), prepared) is { } missingValue)
                throw new ArgumentException(missingValue);
            return app.Run(prepared);
        }
        catch (Exception exception)
        {
            return CliErrors.Report(exception, Console.Error, args);
        }
    }
}
