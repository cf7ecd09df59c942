using System.Globalization;
using NeuronTopology.Experiments;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo presets</c>: lists the named experiments, one line each: name, initial shape, optimizer, η, epochs and what
/// the run reproduces. With <c>--spec NAME</c>, prints that preset's JSON spec instead, which a user can save, edit and
/// pass to <c>ntopo run</c>.
/// </summary>
public sealed class PresetsCommand : Command<PresetsSettings>
{
    public override int Execute(CommandContext context, PresetsSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Spec is string name)
        {
            // Validate has checked that the preset exists.
            Console.Out.Write(ExperimentSpecWriter.ToJson(Presets.Find(name)!));
            return 0;
        }

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
