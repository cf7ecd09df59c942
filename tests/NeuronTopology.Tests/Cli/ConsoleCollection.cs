using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>Tests that replace Console.Out and Console.Error run one at a time, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
