using NeuronTopology.Cli.Commands;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli;

/// <summary>Entry point of <c>ntopo</c>: registers the commands and turns failures into messages and exit codes.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("ntopo");
            config.PropagateExceptions();
            config.AddCommand<VersionCommand>("version").WithDescription("Print the version of ntopo.");
            config.AddCommand<HomologyCommand>("homology").WithDescription("Compute Vietoris-Rips persistence barcodes; a drop-in for Ripser.");
        });

        try
        {
            return app.Run(DashArgument.Protect(args));
        }
        catch (Exception exception)
        {
            return CliErrors.Report(exception, Console.Error);
        }
    }
}
