using System.Numerics;
using System.Runtime.Intrinsics;
using Xunit;

namespace NeuronTopology.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class VersionCommandTests
{
    [Fact]
    public void VersionNamesKernelInstructionSet()
    {
        CliRunner.Result result = CliRunner.Run("version");

        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("ntopo 1.", lines[0]);
        Assert.Equal($"matrix kernels: {ExpectedInstructionSet()}", lines[1]);
    }

    // The same precedence as the GEMM's own choice, written out from the hardware flags.
    private static string ExpectedInstructionSet()
    {
        if (Vector512.IsHardwareAccelerated)
            return "AVX-512";
        if (Vector256.IsHardwareAccelerated && System.Runtime.Intrinsics.X86.Fma.IsSupported)
            return "AVX2 and FMA";
        return Vector.IsHardwareAccelerated ? $"{Vector<byte>.Count * 8}-bit vectors" : "scalar";
    }
}
