using System.Globalization;
using NeuronTopology.Experiments;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary><c>ntopo presets</c>: lists the named experiments, one line each: name, initial shape, optimizer, η, epochs and what the run reproduces.</summary>
public sealed class PresetsCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        int width = Presets.All.Max(spec => spec.Name.Length);
        foreach (ExperimentSpec spec in Presets.All)
        {
            string rate = spec.Optimizer.LearningRate.ToString("0.##########", CultureInfo.InvariantCulture);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name.PadRight(width)}  {spec.InitialShape.Kind,-12}  {spec.Optimizer.Kind,-8}  η={rate,-8}  {spec.Epochs,3} epochs  {spec.Description}"));
        }
        return 0;
    }
}
