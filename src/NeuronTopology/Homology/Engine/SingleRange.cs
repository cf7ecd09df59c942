using System.Globalization;

namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Checks that values fit the engine's 32-bit floats. Distances are stored as float, as in Ripser 1.2.1, so a
/// finite coordinate or distance beyond float.MaxValue (about 3.4e38), or a point cloud whose squared distances
/// overflow it, would otherwise turn into +∞ and silently drop edges from the filtration.
/// </summary>
internal static class SingleRange
{
    private const string Range = "the 32-bit float range used by the engine (largest value 3.4028235e38; distances are float32 as in Ripser 1.2.1)";

    /// <summary>Throws when a coordinate of the cloud rounds to an infinite float.</summary>
    /// <exception cref="ArgumentException">Coordinate <c>t</c> of point <c>i</c> exceeds the float range.</exception>
    public static void ThrowIfCoordinateOverflows(float[] coordinates, double[] original, int dimension)
    {
        int index = Array.FindIndex(coordinates, float.IsInfinity);
        if (index < 0)
            return;
        throw new ArgumentException(Invariant(
            $"Coordinate {index % dimension} of point {index / dimension} is {original[index]:R}, beyond {Range}; rescale the input. Points and coordinates are numbered from 0."));
    }

    /// <summary>Throws when a coordinate, given as read in 64 bits, rounds to an infinite float.</summary>
    /// <exception cref="ArgumentException">Coordinate <c>t</c> of point <c>i</c> exceeds the float range.</exception>
    public static void ThrowIfCoordinateOverflows(double[] coordinates, long length, int dimension)
    {
        for (long index = 0; index < length; index++)
        {
            if (float.IsInfinity((float)coordinates[index]))
            {
                throw new ArgumentException(Invariant(
                    $"Coordinate {index % dimension} of point {index / dimension} is {coordinates[index]:R}, beyond {Range}; rescale the input. Points and coordinates are numbered from 0."));
            }
        }
    }

    /// <summary>Throws when a distance of the lower triangle computed from a point cloud overflowed to +∞.</summary>
    /// <exception cref="ArgumentException">The distance between two points exceeds the float range.</exception>
    public static void ThrowIfDistanceOverflows(float[] triangle, double[] coordinates, int dimension) =>
        ThrowIfDistanceOverflows(triangle, index => coordinates[index], dimension);

    /// <inheritdoc cref="ThrowIfDistanceOverflows(float[], double[], int)"/>
    public static void ThrowIfDistanceOverflows(float[] triangle, float[] coordinates, int dimension) =>
        ThrowIfDistanceOverflows(triangle, index => coordinates[index], dimension);

    // The distance is recomputed in double precision, where it does not overflow, so that the message can give it.
    private static void ThrowIfDistanceOverflows(float[] triangle, Func<long, double> coordinate, int dimension)
    {
        int index = triangle.AsSpan().IndexOf(float.PositiveInfinity);
        if (index < 0)
            return;
        var (i, j) = Pair(index);
        double sum = 0;
        for (int t = 0; t < dimension; t++)
        {
            double difference = coordinate((long)i * dimension + t) - coordinate((long)j * dimension + t);
            sum += difference * difference;
        }
        throw new ArgumentException(Invariant(
            $"The distance between points {j} and {i} is {Math.Sqrt(sum):G6}, and its square overflows {Range}; rescale the input. Points are numbered from 0."));
    }

    /// <summary>Throws when an entry of a distance matrix rounds to an infinite float.</summary>
    /// <exception cref="ArgumentException">The distance between two points exceeds the float range.</exception>
    public static void ThrowIfEntryOverflows(float[] triangle, double[] original)
    {
        int index = triangle.AsSpan().IndexOf(float.PositiveInfinity);
        if (index < 0)
            return;
        var (i, j) = Pair(index);
        throw new ArgumentException(Invariant($"The distance between points {j} and {i} is {original[index]:R}, beyond {Range}; rescale the input. Points are numbered from 0."));
    }

    /// <summary>Throws when an edge length rounds to an infinite float.</summary>
    /// <exception cref="ArgumentException">The edge is longer than the float range.</exception>
    public static void ThrowIfEdgeOverflows(int i, int j, double length)
    {
        if (float.IsInfinity((float)length))
            throw new ArgumentException(Invariant($"Edge ({i}, {j}) has length {length:R}, beyond {Range}; rescale the input."));
    }

    // Row i of the strict lower triangle starts at i(i − 1)/2.
    private static (int I, int J) Pair(long index)
    {
        int i = (int)((1 + Math.Sqrt(1 + 8.0 * index)) / 2);
        while ((long)i * (i - 1) / 2 > index)
            i--;
        while ((long)(i + 1) * i / 2 <= index)
            i++;
        return (i, (int)(index - (long)i * (i - 1) / 2));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
