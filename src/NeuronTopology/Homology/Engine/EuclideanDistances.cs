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

    // Points the tiled triangle converts to float at a time: 256 points of a 794-dimensional cloud take 0.8 MB.
    private const int TileRows = 256;

    /// <summary>
    /// Returns d(i, j) for all i &gt; j as the strict lower triangle, row by row, rounding coordinates to float as
    /// they are used. Equal to <see cref="LowerTriangle(float[], int, int, int, CancellationToken)"/> of
    /// <see cref="SinglePrecisionPointCloud.Round"/>, without the float copy of the whole cloud: columns are taken in tiles of
    /// <see cref="TileRows"/> points, converted once per tile, and each row is converted once per tile it meets.
    /// </summary>
    public static float[] LowerTriangle(PointCloud cloud, int threads, CancellationToken cancellationToken)
    {
        int count = cloud.Count;
        int dimension = cloud.Dimension;
        var triangle = new float[(long)count * (count - 1) / 2];
        var tile = new float[(long)Math.Min(TileRows, count) * dimension];
        for (int tileStart = 0; tileStart < count - 1; tileStart += TileRows)
        {
            int tileEnd = Math.Min(tileStart + TileRows, count);
            Convert(cloud.Coordinates.AsSpan(tileStart * dimension, (tileEnd - tileStart) * dimension), tile);
            int start = tileStart;
            ParallelChunks.For(count - start - 1, threads, () => new float[dimension], (row, first, last) =>
            {
                for (int i = start + 1 + first; i < start + 1 + last; i++)
                {
                    Convert(cloud.Coordinates.AsSpan(i * dimension, dimension), row);
                    long rowStart = (long)i * (i - 1) / 2;
                    int end = Math.Min(tileEnd, i);
                    for (int j = start; j < end; j++)
                        triangle[rowStart + j] = Distance(row, tile.AsSpan((j - start) * dimension, dimension));
                }
            }, cancellationToken);
        }
        return triangle;
    }

    private static void Convert(ReadOnlySpan<double> source, Span<float> destination)
    {
        for (int t = 0; t < source.Length; t++)
            destination[t] = (float)source[t];
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
