using Spectre.Console;
using Spectre.Console.Rendering;

namespace NeuronTopology.Cli.Commands;

/// <summary>A progress column with the task's speed in optimizer steps per second.</summary>
internal sealed class StepRateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        double? speed = task.Speed;
        string text = speed is double value ? $"{value:F1} steps/s" : "… steps/s";
        return new Markup($"[grey]{text}[/]");
    }
}
