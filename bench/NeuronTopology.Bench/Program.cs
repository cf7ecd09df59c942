using BenchmarkDotNet.Running;

namespace NeuronTopology.Bench;

/// <summary>Runs the BenchmarkDotNet suites of this folder: <c>dotnet run -c Release --project bench/NeuronTopology.Bench -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
