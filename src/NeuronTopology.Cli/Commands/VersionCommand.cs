using System.Reflection;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary><c>ntopo version</c>: prints the informational version of the tool and the instruction set its kernels use.</summary>
public sealed class VersionCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        string version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        Console.Out.WriteLine($"ntopo {version}");
        Console.Out.WriteLine($"matrix kernels: {NeuronTopology.Numerics.Gemm.KernelInstructionSet}");
        return 0;
    }
}
