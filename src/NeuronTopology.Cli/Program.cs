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
            config.AddCommand<DistortionCommand>("distortion")
                .WithDescription("Print the bi-Lipschitz constants L-, L+ and the distortion of the map between two neuron clouds, and whether the topology was preserved.");
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception exception)
        {
            return CliErrors.Report(exception, Console.Error);
        }
    }
}
