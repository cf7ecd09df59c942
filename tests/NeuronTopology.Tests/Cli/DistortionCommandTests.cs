using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>Runs the built <c>ntopo</c> in a child process so that standard output and the exit code are real.</summary>
public sealed class DistortionCommandTests
{
    private static readonly string Runs = Path.Combine(AppContext.BaseDirectory, "Fixtures", "paper_runs");

    private static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ntopo.dll"));
        start.ArgumentList.Add("distortion");
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    private static string RunFile(string name, string part) => Path.Combine(Runs, $"{name}.{part}.npy");

    [Fact]
    public void JsonMatchesReferenceConstants()
    {
        var (exitCode, output, _) = Run(RunFile("circles-adam-1e-2", "first"), RunFile("circles-adam-1e-2", "last"), "--json");

        Assert.Equal(0, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement root = document.RootElement;
        Assert.Equal(0.5772738326141676, root.GetProperty("L_minus").GetDouble(), 1e-12);
        Assert.Equal(86.64590904364991, root.GetProperty("L_plus").GetDouble(), 1e-10);
        Assert.Equal("torn", root.GetProperty("verdict").GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("verdict").GetProperty("first_snapshot").GetInt64());
        Assert.Equal(2, root.GetProperty("series").GetArrayLength());
    }

    [Fact]
    public void TextNamesPairsAndVerdict()
    {
        var (exitCode, output, _) = Run(RunFile("circles-adam-1e-4", "first"), RunFile("circles-adam-1e-4", "last"));

        Assert.Equal(0, exitCode);
        Assert.Contains("L-  0.8749581275", output);
        Assert.Contains("L+  1.144034909", output);
        Assert.Contains("verdict: preserved", output);
        Assert.Contains("coincident pairs in the first cloud: 0", output);
    }

    [Fact]
    public void MiddleSnapshotsGiveSeries()
    {
        string first = RunFile("figure8-gd-0.003", "first");
        string last = RunFile("figure8-gd-0.003", "last");

        var (exitCode, output, _) = Run(first, last, "--mid", first, "--mid", last, "--json");

        Assert.Equal(0, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        JsonElement series = document.RootElement.GetProperty("series");
        Assert.Equal(4, series.GetArrayLength());
        Assert.Equal(1.0, series[1].GetProperty("L_minus").GetDouble());
        Assert.Equal(2, document.RootElement.GetProperty("verdict").GetProperty("first_snapshot").GetInt64());
    }

    [Fact]
    public void CsvCloudsAccepted()
    {
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;
        string before = Path.Combine(directory, "before.csv");
        string after = Path.Combine(directory, "after.csv");
        File.WriteAllText(before, "0,0\n1,0\n0,2\n");
        File.WriteAllText(after, "0,0\n3,0\n0,2\n");

        var (exitCode, output, _) = Run(before, after, "--json");

        Assert.Equal(0, exitCode);
        using JsonDocument document = JsonDocument.Parse(output);
        Assert.Equal(1.0, document.RootElement.GetProperty("L_minus").GetDouble(), 1e-15);
        Assert.Equal(3.0, document.RootElement.GetProperty("L_plus").GetDouble(), 1e-15);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void MismatchedShapesNameFile()
    {
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;
        string small = Path.Combine(directory, "small.csv");
        File.WriteAllText(small, "0,0\n1,1\n");

        var (exitCode, output, error) = Run(RunFile("circles-adam-1e-4", "first"), small);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("small.csv", error);
        Assert.Contains("expected 1024 × 2", error);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void MissingFileExitsTwo()
    {
        var (exitCode, _, error) = Run(RunFile("circles-adam-1e-4", "first"), "/nonexistent/cloud.npy");

        Assert.Equal(2, exitCode);
        Assert.Contains("/nonexistent/cloud.npy", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void NeighboursAboveCloudSizeAreRejected()
    {
        string first = RunFile("circles-adam-1e-4", "first");

        var (exitCode, output, error) = Run(first, first, "--neighbours", "5000");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"ntopo: error: invalid value '5000' for --neighbours; {first} has 1024 neurons, so each has at most 1023 neighbours.\n", error);
    }

    [Fact]
    public void DefaultNeighboursFitSmallCloud()
    {
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;
        string square = Path.Combine(directory, "square.csv");
        File.WriteAllText(square, "0,0\n1,0\n0,1\n1,1\n");

        var byDefault = Run(square, square);
        var largest = Run(square, square, "--neighbours", "3");
        var tooMany = Run(square, square, "--neighbours", "4");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Equal(0, largest.ExitCode);
        Assert.Equal(byDefault.Output, largest.Output);
        Assert.Equal(2, tooMany.ExitCode);
        Assert.Contains("square.csv has 4 neurons, so each has at most 3 neighbours.", tooMany.Error);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void DirectoryIsNamedAsDirectory()
    {
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;

        var (exitCode, _, error) = Run(RunFile("circles-adam-1e-4", "first"), directory);

        Assert.Equal(2, exitCode);
        Assert.Equal($"ntopo: error: '{directory}' is a directory; expected a cloud file (.npy or text).\n", error);
        Directory.Delete(directory);
    }

    [Fact]
    public void StandardInputIsNotSupported()
    {
        var (exitCode, _, error) = Run("-", RunFile("circles-adam-1e-4", "last"));

        Assert.Equal(2, exitCode);
        Assert.Equal("ntopo: error: distortion reads its clouds from files; '-' (standard input) is not supported, so save the cloud to a file first.\n", error);
    }

    [Fact]
    public void LearningRateNeedsSharpness()
    {
        string first = RunFile("circles-adam-1e-4", "first");

        var (exitCode, _, error) = Run(first, first, "--lr", "0.1");

        Assert.Equal(2, exitCode);
        Assert.Contains("--sharpness", error);
    }

    [Fact]
    public void SingleNeuronIsRejected()
    {
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;
        string one = Path.Combine(directory, "one.csv");
        File.WriteAllText(one, "0.5,1\n");

        var (exitCode, output, error) = Run(one, one);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("one.csv", error);
        Assert.Contains("at least 2", error);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void CoincidentNeuronsThatSeparateAreATear()
    {
        // Neurons 0 and 1 coincide at the start and end 1 apart; the other pairs keep their distances, so no ratio
        // shows the tear and the verdict used to say preserved.
        string directory = Directory.CreateTempSubdirectory("ntopo-distortion-").FullName;
        string before = Path.Combine(directory, "before.csv");
        string after = Path.Combine(directory, "after.csv");
        File.WriteAllText(before, "0,0\n0,0\n5,0\n0,5\n5,5\n");
        File.WriteAllText(after, "0,0\n1,0\n5,0\n0,5\n5,5\n");

        var (exitCode, output, _) = Run(before, after);
        var (_, json, _) = Run(before, after, "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains("warning: 1 coincident pairs of the first cloud are apart in the last, for example neurons 0 and 1", output);
        Assert.Contains("verdict: torn", output);
        Assert.Contains("neurons 0 and 1: distance 0 → 1 (coincident at the start, apart now)", output);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("separated_coincident_pairs").GetInt32());
        Assert.Equal("torn", document.RootElement.GetProperty("verdict").GetProperty("kind").GetString());
        Directory.Delete(directory, recursive: true);
    }
}
