using NeuronTopology.Geometry;

namespace NeuronTopology.Homology;

/// <summary>The diameter of a point cloud: the largest Euclidean distance between two of its points.</summary>
public static class PointCloudDiameter
{
    /// <summary>
    /// Computes max over i, j of ‖x_i − x_j‖ in double precision (O(n²d) work, split over <paramref name="threads"/>
    /// threads, 0 meaning all processors; the result does not depend on the thread count). Zero for fewer than two points.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    public static double Compute(PointCloud cloud, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        foreach (double coordinate in cloud.Coordinates.AsSpan(0, cloud.Count * cloud.Dimension))
        {
            if (!double.IsFinite(coordinate))
                throw new ArgumentException($"The cloud has a coordinate {coordinate}; coordinates must be finite.", nameof(cloud));
        }
        int count = cloud.Count;
        var rowMaximum = new double[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads == 0 ? Environment.ProcessorCount : threads };
        Parallel.For(1, Math.Max(count, 1), options, i =>
        {
            ReadOnlySpan<double> point = cloud[i];
            double maximum = 0;
            for (int j = 0; j < i; j++)
            {
                ReadOnlySpan<double> other = cloud[j];
                double sum = 0;
                for (int t = 0; t < point.Length; t++)
                {
                    double difference = point[t] - other[t];
                    sum += difference * difference;
                }
                maximum = Math.Max(maximum, sum);
            }
            rowMaximum[i] = maximum;
        });
        return count == 0 ? 0 : Math.Sqrt(rowMaximum.Max());
    }
}
