using System.Numerics;
using NeuronTopology.Geometry;

namespace NeuronTopology.Homology.Engine;

/// <summary>Euclidean distances between the points of a cloud, in 32-bit floats.</summary>
internal static class EuclideanDistances
{
    // Up to this ambient dimension the sum of squares runs in coordinate order, exactly as Ripser 1.2.1 does
    // (float coordinates, float sums), so that ties in the input stay ties. Above it a vectorized sum is faster
    // and differs from Ripser's by a few units in the last place.
    private const int SequentialMaxDimension = 16;

    /// <summary>Returns the coordinates rounded to 32-bit floats, row-major.</summary>
    public static float[] ToSingle(PointCloud cloud)
    {
        var coordinates = new float[(long)cloud.Count * cloud.Dimension];
        for (long i = 0; i < coordinates.Length; i++)
            coordinates[i] = (float)cloud.Coordinates[i];
        return coordinates;
    }

    /// <summary>Returns d(i, j) for all i &gt; j as the strict lower triangle, row by row.</summary>
    public static float[] LowerTriangle(float[] coordinates, int count, int dimension, int threads, CancellationToken cancellationToken)
    {
        var triangle = new float[(long)count * (count - 1) / 2];
        ParallelChunks.For(count, threads, () => 0, (_, start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                long rowStart = (long)i * (i - 1) / 2;
                ReadOnlySpan<float> point = coordinates.AsSpan(i * dimension, dimension);
                for (int j = 0; j < i; j++)
                    triangle[rowStart + j] = Distance(point, coordinates.AsSpan(j * dimension, dimension));
            }
        }, cancellationToken);
        return triangle;
    }

    /// <summary>Returns the Euclidean distance between two points in float arithmetic.</summary>
    public static float Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length <= SequentialMaxDimension)
        {
            float sum = 0;
            for (int t = 0; t < a.Length; t++)
            {
                float difference = a[t] - b[t];
                sum += difference * difference;
            }
            return MathF.Sqrt(sum);
        }
        return MathF.Sqrt(VectorizedSquaredDistance(a, b));
    }

    private static float VectorizedSquaredDistance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        int width = Vector<float>.Count;
        var accumulator = Vector<float>.Zero;
        int t = 0;
        for (; t + width <= a.Length; t += width)
        {
            var difference = new Vector<float>(a[t..]) - new Vector<float>(b[t..]);
            accumulator += difference * difference;
        }
        float sum = Vector.Sum(accumulator);
        for (; t < a.Length; t++)
        {
            float difference = a[t] - b[t];
            sum += difference * difference;
        }
        return sum;
    }
}
