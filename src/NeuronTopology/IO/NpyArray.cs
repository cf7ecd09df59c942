namespace NeuronTopology.IO;

/// <summary>
/// An array read from a NumPy <c>.npy</c> file: its shape and its elements converted to double, in C (row-major)
/// order whatever the order in the file.
/// </summary>
public sealed class NpyArray
{
    /// <summary>Wraps <paramref name="data"/> without copying it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative, or the product of the shape differs from the length of <paramref name="data"/>.</exception>
    public NpyArray(int[] shape, double[] data, string dataType)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(dataType);
        long elements = 1;
        foreach (int length in shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length, nameof(shape));
            elements *= length;
        }
        if (elements != data.Length)
            throw new ArgumentOutOfRangeException(nameof(data), data.Length, $"The shape ({string.Join(", ", shape)}) has {elements} elements.");

        Shape = shape;
        Data = data;
        DataType = dataType;
    }

    /// <summary>Length of each dimension; one entry for a 1-D array, two for a 2-D array.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>The elements in C order: element [i, j] of a 2-D array is at i × Shape[1] + j.</summary>
    public double[] Data { get; }

    /// <summary>The NumPy type descriptor of the file, such as "&lt;f8" (little-endian float64) or "&gt;f4".</summary>
    public string DataType { get; }
}
