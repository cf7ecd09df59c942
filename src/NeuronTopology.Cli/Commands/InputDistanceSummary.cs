using NeuronTopology.Geometry;
using NeuronTopology.IO;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// The distance statistics Ripser 1.2.1 prints before computing: the range of the distances, the enclosing
/// radius (min over points of the max distance to a point) and the number of distances within the threshold.
/// They are computed as Ripser does, in 32-bit floats, so that the printed digits agree.
/// </summary>
/// <param name="MinDistance">Smallest distance between two points; +∞ for a single point.</param>
/// <param name="MaxDistance">Largest distance; −∞ for a single point.</param>
/// <param name="EnclosingRadius">min_i max_j d(i, j), with d(i, i) = 0 included; +∞ for sparse input that does not list every pair.</param>
/// <param name="EdgesWithinThreshold">Number of pairs at distance ≤ the threshold.</param>
/// <param name="Pairs">n(n − 1)/2.</param>
internal sealed record InputDistanceSummary(double MinDistance, double MaxDistance, double EnclosingRadius, long EdgesWithinThreshold, long Pairs)
{
    /// <summary>Computes the statistics; pairs of a sparse input that are not listed count as infinitely far apart.</summary>
    public static InputDistanceSummary Compute(RipsInput input, double? threshold)
    {
        // The engine, like Ripser, compares float distances with the threshold rounded to float.
        double limit = threshold is { } value ? (float)value : double.PositiveInfinity;
        if (input.SparseDistanceMatrix is { } sparse)
            return ScanEdges(sparse.Count, sparse.Edges, limit);
        SinglePrecisionPointCloud? points = input.SinglePrecisionPointCloud
            ?? (input.PointCloud is { } cloud ? SinglePrecisionPointCloud.Round(cloud) : null);
        if (points is not null)
            return ScanPairs(points.Count, EuclideanDistanceInSingle(points.Coordinates, points.Dimension), limit);

        var dense = input.DistanceMatrix!;
        return ScanPairs(dense.Count, (i, j) => (float)dense[i, j], limit);
    }

    /// <summary>
    /// The largest distance of the input in double precision, the diameter that --betti-at-relative scales; 0 for a
    /// single point and the longest listed edge for sparse input.
    /// </summary>
    public static double Diameter(RipsInput input, int threads)
    {
        // HomologyCommand reads a cloud in 64 bits when it needs the diameter, so this widened copy serves other callers.
        if (input.SinglePrecisionPointCloud is { } singleCloud)
            return CloudDiameter.Compute(singleCloud.ToPointCloud(), threads).Diameter;
        if (input.PointCloud is { } cloud)
            return CloudDiameter.Compute(cloud, threads).Diameter;
        if (input.DistanceMatrix is { } dense)
            return dense.LowerTriangle.Length == 0 ? 0 : dense.LowerTriangle.Max();
        var edges = input.SparseDistanceMatrix!.Edges;
        return edges.Count == 0 ? 0 : edges.Max(edge => edge.Distance);
    }

    // Ripser 1.2.1 reads coordinates as floats and sums the squared differences in a float, in coordinate order.
    private static Func<int, int, float> EuclideanDistanceInSingle(float[] coordinates, int dimension)
    {
        return (i, j) =>
        {
            float sum = 0;
            for (int t = 0; t < dimension; t++)
            {
                float difference = coordinates[i * dimension + t] - coordinates[j * dimension + t];
                sum += difference * difference;
            }
            return MathF.Sqrt(sum);
        };
    }

    private static InputDistanceSummary ScanPairs(int count, Func<int, int, float> distanceOf, double limit)
    {
        var tally = new DistanceTally(count, limit);
        for (int i = 1; i < count; i++)
        {
            for (int j = 0; j < i; j++)
                tally.Add(i, j, distanceOf(i, j));
        }
        return tally.Summary(complete: true);
    }

    private static InputDistanceSummary ScanEdges(int count, IReadOnlyList<(int I, int J, double Distance)> edges, double limit)
    {
        var tally = new DistanceTally(count, limit);
        foreach (var (i, j, length) in edges)
            tally.Add(i, j, (float)length);
        return tally.Summary(complete: edges.Count == TriangularPairs(count));
    }

    private static long TriangularPairs(long count) => count * (count - 1) / 2;

    private sealed class DistanceTally(int count, double limit)
    {
        private readonly double[] _rowMax = new double[count];
        private double _min = double.PositiveInfinity;
        private double _max = double.NegativeInfinity;
        private long _within;

        public void Add(int i, int j, double distance)
        {
            _min = Math.Min(_min, distance);
            _max = Math.Max(_max, distance);
            _rowMax[i] = Math.Max(_rowMax[i], distance);
            _rowMax[j] = Math.Max(_rowMax[j], distance);
            if (distance <= limit)
                _within++;
        }

        // The diagonal d(i, i) = 0 is part of each row's max, as in Ripser, so one point has radius 0. A pair that
        // is not listed is infinitely far apart, so the enclosing radius is finite only for a complete list.
        public InputDistanceSummary Summary(bool complete)
        {
            double enclosing;
            if (!complete)
                enclosing = double.PositiveInfinity;
            else if (count == 0)
                enclosing = 0;
            else
                enclosing = _rowMax.Min();

            return new InputDistanceSummary(_min, _max, enclosing, _within, TriangularPairs(count));
        }
    }
}
