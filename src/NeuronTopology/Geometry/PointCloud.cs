namespace NeuronTopology.Geometry;

/// <summary>
/// A finite set of points in ℝ^d, stored row-major in one array: point <c>i</c> is
/// <c>Coordinates[i * Dimension .. (i + 1) * Dimension]</c>. A neuron cloud is one of these.
/// </summary>
/// <remarks>The array is shared, not copied: callers that keep a cloud must not mutate the array afterwards.</remarks>
public sealed class PointCloud
{
    /// <summary>Creates a cloud over <paramref name="coordinates"/> without copying it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="dimension"/> is negative, or the array is shorter than count × dimension.</exception>
    public PointCloud(double[] coordinates, int count, int dimension)
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
    public double[] Coordinates { get; }

    /// <summary>Number of points.</summary>
    public int Count { get; }

    /// <summary>Ambient dimension d.</summary>
    public int Dimension { get; }

    /// <summary>Coordinates of point <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> this[int index] => Coordinates.AsSpan(index * Dimension, Dimension);

    /// <summary>Creates a cloud from rows of equal length, copying them.</summary>
    /// <exception cref="ArgumentException">The rows have different lengths.</exception>
    public static PointCloud FromRows(IReadOnlyList<double[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int dimension = rows.Count == 0 ? 0 : rows[0].Length;
        var coordinates = new double[rows.Count * dimension];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length != dimension)
                throw new ArgumentException($"Row {i} has {rows[i].Length} coordinates; row 0 has {dimension}.", nameof(rows));
            rows[i].CopyTo(coordinates, i * dimension);
        }
        return new PointCloud(coordinates, rows.Count, dimension);
    }
}
