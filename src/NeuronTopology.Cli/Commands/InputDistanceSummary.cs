using System.Numerics.Tensors;
using NeuronTopology.IO;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// The distance statistics Ripser 1.2.1 prints before computing: the range of the distances, the enclosing
/// radius (min over points of the max distance to the other points) and the number of distances within the
/// threshold. The largest distance is the diameter that --betti-at-relative scales.
/// </summary>
internal sealed record InputDistanceSummary(double MinDistance, double MaxDistance, double EnclosingRadius, long EdgesWithinThreshold, long Pairs)
{
    /// <summary>The largest distance, 0 for a single point; for sparse input, the longest listed edge.</summary>
    public double Diameter => Math.Max(MaxDistance, 0);

    /// <summary>Computes the statistics; pairs of a sparse input that are not listed count as infinitely far apart.</summary>
    public static InputDistanceSummary Compute(RipsInput input, double? threshold)
    {
        double limit = threshold ?? double.PositiveInfinity;
        if (input.SparseDistanceMatrix is { } sparse)
            return ScanEdges(sparse.Count, sparse.Edges, limit);

        Func<int, int, double> distanceOf = input.PointCloud is { } cloud
            ? (i, j) => TensorPrimitives.Distance(cloud[i], cloud[j])
            : (i, j) => input.DistanceMatrix![i, j];
        return Scan(input.Count, distanceOf, limit);
    }

    private static InputDistanceSummary Scan(int count, Func<int, int, double> distanceOf, double limit)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        long within = 0;

        // The diagonal d(i, i) = 0 is part of each row's max, as in Ripser, so one point has radius 0.
        var rowMax = new double[count];
        for (int i = 1; i < count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double distance = distanceOf(i, j);
                min = Math.Min(min, distance);
                max = Math.Max(max, distance);
                rowMax[i] = Math.Max(rowMax[i], distance);
                rowMax[j] = Math.Max(rowMax[j], distance);
                if (distance <= limit)
                    within++;
            }
        }

        double enclosing = count == 0 ? 0 : rowMax.Min();
        return new InputDistanceSummary(min, max, enclosing, within, TriangularPairs(count));
    }

    // A pair that is not listed is infinitely far apart, so the enclosing radius is finite only for a complete list.
    private static InputDistanceSummary ScanEdges(int count, IReadOnlyList<(int I, int J, double Distance)> edges, double limit)
    {
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        long within = 0;
        var rowMax = new double[count];
        foreach (var (i, j, distance) in edges)
        {
            min = Math.Min(min, distance);
            max = Math.Max(max, distance);
            rowMax[i] = Math.Max(rowMax[i], distance);
            rowMax[j] = Math.Max(rowMax[j], distance);
            if (distance <= limit)
                within++;
        }

        long pairs = TriangularPairs(count);
        double enclosing = edges.Count == pairs ? rowMax.Min() : double.PositiveInfinity;
        return new InputDistanceSummary(min, max, enclosing, within, pairs);
    }

    private static long TriangularPairs(long count) => count * (count - 1) / 2;
}
