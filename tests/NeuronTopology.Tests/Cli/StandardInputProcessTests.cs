using System.Diagnostics;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// Starts <c>ntopo</c> as a separate process, because only a real process reads its standard input through
/// Console.OpenStandardInput and shows what a user sees on a failure.
/// </summary>
public class StandardInputProcessTests
{
    private static (int ExitCode, string Output, string Error) RunNtopo(byte[] standardInput, params string[] args)
    {
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ntopo.dll"));
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(standardInput);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void TextFromStandardInput()
    {
        var (exitCode, output, error) = RunNtopo("0,0\n1,0\n0,1\n1,1\n"u8.ToArray(), "homology", "-", "--format", "point-cloud");

        Assert.Equal(0, exitCode);
        Assert.Equal("persistence intervals in dim 0:\n [0,1)\n [0,1)\n [0,1)\n [0, )\npersistence intervals in dim 1:\n [1,1.41421)\n", output);
        Assert.StartsWith("point cloud with 4 points in dimension 2\n", error);
    }

    [Fact]
    public void NpyFromStandardInput()
    {
        byte[] npy = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy"));

        var (exitCode, output, error) = RunNtopo(npy, "homology", "--format", "npy", "--dim", "0");

        // The rows (0.5, 1.5), (2.5, 3.5), (4.5, 5.5) are 2√2 apart in a line.
        Assert.Equal(0, exitCode);
        Assert.Equal("persistence intervals in dim 0:\n [0,2.82843)\n [0,2.82843)\n [0, )\n", output);
        Assert.StartsWith("point cloud with 3 points in dimension 2\n", error);
    }

    [Fact]
    public void BadStandardInputIsOneLine()
    {
        var (exitCode, output, error) = RunNtopo("0,0\n1,x\n"u8.ToArray(), "homology", "--format", "point-cloud");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal("ntopo: error: standard input, line 2: field 2 is 'x', which is not a number; expected a decimal number such as 1.5 or -2e-3.\n", error);
    }
}
