namespace NeuronTopology.Geometry;

/// <summary>
/// A finite set of points in ℝ^d with 32-bit float coordinates, stored row-major like <see cref="PointCloud"/>. This is
/// the precision in which Vietoris–Rips distances are computed, as Ripser 1.2.1 reads its input, so a cloud read only
/// for homology takes half the memory of a <see cref="PointCloud"/>.
/// </summary>
/// <remarks>The array is shared, not copied: callers that keep a cloud must not mutate the array afterwards.</remarks>
public sealed class SinglePrecisionPointCloud
{
    /// <summary>Creates a cloud over <paramref name="coordinates"/> without copying it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="dimension"/> is negative, or the array is shorter than count × dimension.</exception>
    public SinglePrecisionPointCloud(float[] coordinates, int count, int dimension)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfLessThan(coordinates.Length, (long)count * dimension, nameof(coordinates));
        Coordinates = coordinates;
        Count = count;
        Dimension = dimension;
    }

    /// <summary>Row-major coordinates, <see cref="Count"/> × <see cref="Dimension"/>.</summary>
    public float[] Coordinates { get; }

    /// <summary>Number of points.</summary>
    public int Count { get; }

    /// <summary>Ambient dimension d.</summary>
    public int Dimension { get; }

    /// <summary>Coordinates of point <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> this[int index] => Coordinates.AsSpan(index * Dimension, Dimension);

    /// <summary>Returns <paramref name="cloud"/> with each coordinate rounded to the nearest float, in a new array.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cloud"/> is null.</exception>
    public static SinglePrecisionPointCloud Round(PointCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var rounded = new float[(long)cloud.Count * cloud.Dimension];
        for (long i = 0; i < rounded.LongLength; i++)
            rounded[i] = (float)cloud.Coordinates[i];
        return new SinglePrecisionPointCloud(rounded, cloud.Count, cloud.Dimension);
    }

    /// <summary>Returns the cloud with its coordinates widened exactly to 64-bit doubles, in a new array.</summary>
    public PointCloud ToPointCloud()
    {
        var widened = new double[(long)Count * Dimension];
        for (long i = 0; i < widened.LongLength; i++)
            widened[i] = Coordinates[i];
        return new PointCloud(widened, Count, Dimension);
    }
}
