using BenchmarkDotNet.Running;

namespace NeuronTopology.Bench;

/// <summary>Runs the BenchmarkDotNet suites of this folder: <c>dotnet run -c Release --project bench/NeuronTopology.Bench -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // `-- cpu-time` runs the thread-CPU-time probe of the training kernels instead of BenchmarkDotNet.
        if (args is ["cpu-time"])
        {
            CpuTimeProbe.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
