using System.Diagnostics;
using System.Globalization;
using NeuronTopology.Geometry;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

public class DoubleTorusHomologyTests
{
    private const string RipserPath = "/usr/bin/ripser";

    [RipserFact]
    public void DoubleTorus_HasOneComponentAndTwoLoops()
    {
        // Undo the incoming-weight map so the cloud is an isometric copy of the body. The map is a linear
        // bijection, so it keeps the topology, but it squeezes the body tenfold along one axis.
        PointCloud neurons = SolidDoubleTorusShape.Sample(800, new Xoshiro256StarStar(2333));
        var body = new double[neurons.Coordinates.Length];
        neurons.Coordinates.CopyTo(body, 0);
        for (int i = 0; i < neurons.Count; i++)
            body[3 * i] = IncomingWeightMap.Invert(body[3 * i]);

        // Each hole has radius 0.3 and each tube radius 0.2, so at scale 0.3 the 800 samples are connected
        // and both holes are still open. In a similar 800-point sample the loops of sampling noise die by 0.22.
        const double scale = 0.3;
        List<(double Birth, double Death)>[] intervals = RunRipser(body, neurons.Count, threshold: 0.35);

        int b0 = intervals[0].Count(interval => interval.Birth <= scale && interval.Death > scale);
        int b1 = intervals[1].Count(interval => interval.Birth <= scale && interval.Death > scale);
        Assert.Equal(1, b0);
        Assert.Equal(2, b1);
    }

    private static List<(double Birth, double Death)>[] RunRipser(double[] coordinates, int count, double threshold)
    {
        string path = Path.Combine(Path.GetTempPath(), "ntopo-torus-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                for (int i = 0; i < count; i++)
                    writer.WriteLine(string.Join(",", coordinates.Skip(3 * i).Take(3).Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
            }

            var start = new ProcessStartInfo(RipserPath, ["--format", "point-cloud", "--dim", "1", "--threshold", threshold.ToString(CultureInfo.InvariantCulture), path])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);

            var intervals = new[] { new List<(double, double)>(), new List<(double, double)>() };
            int dimension = -1;
            foreach (string line in output.Split('\n'))
            {
                string trimmed = line.Trim();
                if (trimmed.StartsWith("persistence intervals in dim ", StringComparison.Ordinal))
                    dimension = int.Parse(trimmed["persistence intervals in dim ".Length..].TrimEnd(':'), CultureInfo.InvariantCulture);
                else if (trimmed.StartsWith('[') && dimension is 0 or 1)
                {
                    string[] parts = trimmed.Trim('[', ')').Split(',');
                    double birth = double.Parse(parts[0], CultureInfo.InvariantCulture);
                    double death = parts[1].Trim().Length == 0 ? double.PositiveInfinity : double.Parse(parts[1], CultureInfo.InvariantCulture);
                    intervals[dimension].Add((birth, death));
                }
            }
            return intervals;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>A fact that is skipped when the Ripser binary is not installed (apt-get install ripser).</summary>
public sealed class RipserFactAttribute : FactAttribute
{
    public RipserFactAttribute()
    {
        if (!File.Exists("/usr/bin/ripser"))
            Skip = "Ripser is not installed at /usr/bin/ripser (apt-get install ripser).";
    }
}
