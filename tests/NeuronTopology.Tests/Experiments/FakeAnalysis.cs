using NeuronTopology.Experiments;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;

namespace NeuronTopology.Tests.Experiments;

/// <summary>
/// A stand-in for the homology and geometry engines: exact all-pairs bi-Lipschitz constants by a plain loop, a diagram
/// with one component and one loop scaled to the cloud, and a verdict that calls a run torn when D(0→end) exceeds 100.
/// </summary>
internal sealed class FakeAnalysis : INeuronCloudAnalysis
{
    public TopologyMeasurement MeasureTopology(PointCloud cloud, int maxPoints, int threads, CancellationToken cancellationToken)
    {
        double diameter = Diameter(cloud);
        int points = maxPoints > 0 ? Math.Min(maxPoints, cloud.Count) : cloud.Count;
        var diagram = new PersistenceDiagram(
            [
                [new PersistenceInterval(0, double.PositiveInfinity), new PersistenceInterval(0, 0.1 * diameter)],
                [new PersistenceInterval(0.05 * diameter, 0.4 * diameter)],
                [],
            ],
            double.PositiveInfinity, 2);
        double scale = 0.25 * diameter;
        return new TopologyMeasurement(diagram, diameter, scale, diagram.BettiNumbers(scale), 1, points, cloud.Count, points < cloud.Count ? 0.01 * diameter : 0);
    }

    public (double Lower, double Upper) BiLipschitz(PointCloud before, PointCloud after, int threads)
    {
        double lower = double.PositiveInfinity;
        double upper = 0;
        for (int i = 0; i < before.Count; i++)
        {
            for (int j = i + 1; j < before.Count; j++)
            {
                double ratio = Distance(after, i, j) / Distance(before, i, j);
                lower = Math.Min(lower, ratio);
                upper = Math.Max(upper, ratio);
            }
        }
        return (lower, upper);
    }

    public int DistinctNeurons(PointCloud cloud) => cloud.Count;

    public RunVerdict Classify(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, IReadOnlyList<(long Step, PersistenceDiagram Diagram, double Scale)> diagrams, int threads)
    {
        for (int index = 1; index < snapshots.Count; index++)
        {
            (double lower, double upper) = BiLipschitz(snapshots[0].Cloud, snapshots[index].Cloud, threads);
            if (upper / lower > 100)
                return new RunVerdict("torn", snapshots[index].Step, [(0, 1)], "D(0→t) exceeded 100.");
        }
        return new RunVerdict("preserved", null, [], "D(0→t) stayed below 100.");
    }

    private static double Distance(PointCloud cloud, int i, int j)
    {
        double sum = 0;
        for (int k = 0; k < cloud.Dimension; k++)
        {
            double difference = cloud[i][k] - cloud[j][k];
            sum += difference * difference;
        }
        return Math.Sqrt(sum);
    }

    private static double Diameter(PointCloud cloud)
    {
        double diameter = 0;
        for (int i = 0; i < cloud.Count; i++)
        {
            for (int j = i + 1; j < cloud.Count; j++)
                diameter = Math.Max(diameter, Distance(cloud, i, j));
        }
        return diameter;
    }
}
