using System.ComponentModel;
using NeuronTopology.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>Arguments of <c>ntopo presets</c>.</summary>
public sealed class PresetsSettings : CommandSettings
{
    [CommandOption("--spec <NAME>")]
    [Description("Print the full JSON spec of preset NAME, as 'ntopo run NAME' writes it to spec.json, instead of the list.")]
    public string? Spec { get; init; }

    public override ValidationResult Validate()
    {
        if (Spec is not null && Presets.Find(Spec) is null)
            return ValidationResult.Error($"unknown preset '{Spec}' for --spec; run 'ntopo presets' for the preset names.");
        return ValidationResult.Success();
    }
}
