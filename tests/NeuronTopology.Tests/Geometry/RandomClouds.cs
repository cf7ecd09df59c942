using NeuronTopology.Geometry;

namespace NeuronTopology.Tests.Geometry;

/// <summary>Seeded random clouds and maps for the geometry tests.</summary>
internal static class RandomClouds
{
    /// <summary>A cloud of <paramref name="count"/> points uniform in [−1, 1]^d plus <paramref name="offset"/> in every coordinate.</summary>
    public static PointCloud Uniform(int count, int dimension, int seed, double offset = 0)
    {
        var random = new Random(seed);
        var coordinates = new double[count * dimension];
        for (int k = 0; k < coordinates.Length; k++)
            coordinates[k] = offset + 2 * random.NextDouble() - 1;
        return new PointCloud(coordinates, count, dimension);
    }

    /// <summary>Applies x ↦ f(x) to every point.</summary>
    public static PointCloud Map(PointCloud cloud, Func<double[], double[]> map)
    {
        var rows = new double[cloud.Count][];
        for (int i = 0; i < cloud.Count; i++)
            rows[i] = map(cloud[i].ToArray());
        return PointCloud.FromRows(rows);
    }

    /// <summary>Row i of the result is row permutation[i] of <paramref name="cloud"/>.</summary>
    public static PointCloud Permute(PointCloud cloud, int[] permutation)
    {
        var rows = new double[cloud.Count][];
        for (int i = 0; i < cloud.Count; i++)
            rows[i] = cloud[permutation[i]].ToArray();
        return PointCloud.FromRows(rows);
    }

    /// <summary>A seeded random permutation of 0..count−1.</summary>
    public static int[] Permutation(int count, int seed)
    {
        int[] permutation = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(permutation);
        return permutation;
    }

    /// <summary>A random orthogonal matrix (Gram–Schmidt on Gaussian-ish columns), row-major d × d.</summary>
    public static double[,] Rotation(int dimension, int seed)
    {
        var random = new Random(seed);
        var q = new double[dimension, dimension];
        for (int column = 0; column < dimension; column++)
        {
            var v = new double[dimension];
            for (int k = 0; k < dimension; k++)
                v[k] = random.NextDouble() - 0.5;
            for (int previous = 0; previous < column; previous++)
            {
                double dot = 0;
                for (int k = 0; k < dimension; k++)
                    dot += v[k] * q[k, previous];
                for (int k = 0; k < dimension; k++)
                    v[k] -= dot * q[k, previous];
            }
            double norm = Math.Sqrt(v.Sum(x => x * x));
            for (int k = 0; k < dimension; k++)
                q[k, column] = v[k] / norm;
        }
        return q;
    }

    /// <summary>y = Q x.</summary>
    public static double[] Apply(double[,] q, double[] x)
    {
        var y = new double[x.Length];
        for (int row = 0; row < x.Length; row++)
        {
            for (int k = 0; k < x.Length; k++)
                y[row] += q[row, k] * x[k];
        }
        return y;
    }

    /// <summary>Brute-force L₋ and L₊ over all pairs with plain loops, the reference for the engine.</summary>
    public static (double Lower, double Upper) BruteForceConstants(PointCloud before, PointCloud after)
    {
        double lower = double.PositiveInfinity;
        double upper = double.NegativeInfinity;
        for (int i = 0; i < before.Count; i++)
        {
            for (int j = i + 1; j < before.Count; j++)
            {
                double distanceBefore = Distance(before[i], before[j]);
                if (distanceBefore == 0)
                    continue;
                double ratio = Distance(after[i], after[j]) / distanceBefore;
                lower = Math.Min(lower, ratio);
                upper = Math.Max(upper, ratio);
            }
        }
        return (lower, upper);
    }

    /// <summary>Euclidean distance with a plain loop.</summary>
    public static double Distance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        for (int k = 0; k < x.Length; k++)
            sum += (x[k] - y[k]) * (x[k] - y[k]);
        return Math.Sqrt(sum);
    }
}
