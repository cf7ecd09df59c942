using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// Runs the <c>ripser</c> executable (Debian's Ripser 1.2.1) and <c>ntopo homology</c> on the same files, in every
/// text format, and requires the same bytes: Ripser's standard output equals ours with the input summary, which we
/// write to standard error, in front. With CI=true a missing <c>ripser</c> fails the test; otherwise the test
/// reports the reason and passes without comparing.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class RipserComparisonTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntopo-ripser-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string, string, string[]> Cases() => new()
    {
        { "circle", "point-cloud", ["--dim", "1"] },
        { "circle", "point-cloud", ["--dim", "1", "--threshold", "0.8"] },
        { "blob", "point-cloud", ["--dim", "2"] },
        { "blob", "distance", ["--dim", "2"] },
        { "blob", "lower-distance", ["--dim", "2"] },
        { "blob", "upper-distance", ["--dim", "1"] },
        { "circle", "sparse", ["--dim", "1"] },
        { "pair", "point-cloud", ["--dim", "1"] },
        { "square", "distance", ["--dim", "1", "--ratio", "1.2"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OutputMatchesRipserBytes(string shape, string format, string[] options)
    {
        string? ripser = FindRipser();
        if (ripser is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                Assert.Fail("The ripser executable is not on PATH; install it (apt-get install ripser) to run the comparison.");
            log.WriteLine("Not compared: the ripser executable is not on PATH (apt-get install ripser).");
            return;
        }
        string path = Path.Combine(_directory, $"{shape}.{format}.txt");
        File.WriteAllText(path, Write(Points(shape), format));

        string expected = RunRipser(ripser, [path, "--format", format, .. options]);
        var ours = CliRunner.Run(["homology", path, "--format", format, .. options]);

        Assert.Contains("persistence intervals in dim 0:\n", expected);
        Assert.Equal(0, ours.ExitCode);
        Assert.Equal(expected, ours.Error + ours.Output);
    }

    // Seeded shapes small enough for a fast comparison: a noisy circle (one loop), a 3-D Gaussian blob, two points
    // and the unit square.
    private static double[][] Points(string shape)
    {
        var random = new Random(2024);
        return shape switch
        {
            "circle" => Enumerable.Range(0, 40).Select(k =>
            {
                double angle = 2 * Math.PI * k / 40;
                return new[] { Math.Cos(angle) + 0.05 * random.NextDouble(), Math.Sin(angle) + 0.05 * random.NextDouble() };
            }).ToArray(),
            "blob" => Enumerable.Range(0, 25).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToArray(),
            "pair" => [[0, 0], [3, 4]],
            "square" => [[0, 0], [1, 0], [1, 1], [0, 1]],
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
        };
    }

    private static string Write(double[][] points, string format)
    {
        static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
        static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());

        var text = new StringBuilder();
        int n = points.Length;
        switch (format)
        {
            case "point-cloud":
                foreach (var point in points)
                    text.Append(string.Join(",", point.Select(Number))).Append('\n');
                break;
            case "distance":
                foreach (var point in points)
                    text.Append(string.Join(" ", points.Select(other => Number(Distance(point, other))))).Append('\n');
                break;
            case "lower-distance":
                for (int i = 1; i < n; i++)
                    text.Append(string.Join(",", Enumerable.Range(0, i).Select(j => Number(Distance(points[i], points[j]))))).Append('\n');
                break;
            case "upper-distance":
                for (int i = 0; i < n - 1; i++)
                    text.Append(string.Join(" ", Enumerable.Range(i + 1, n - i - 1).Select(j => Number(Distance(points[i], points[j]))))).Append('\n');
                break;
            case "sparse":
                // Only the pairs closer than 0.6, so the matrix is genuinely sparse.
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < i; j++)
                    {
                        double distance = Distance(points[i], points[j]);
                        if (distance < 0.6)
                            text.Append(CultureInfo.InvariantCulture, $"{i} {j} {Number(distance)}\n");
                    }
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
        return text.ToString();
    }

    private static string RunRipser(string ripser, string[] args)
    {
        var start = new ProcessStartInfo(ripser) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ripser failed with exit code {process.ExitCode}: {error}");
        return output;
    }

    private static string? FindRipser()
        => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "ripser"))
            .FirstOrDefault(File.Exists);
}
