namespace NeuronTopology.Curvature;

/// <summary>An explicit dense symmetric matrix as an <see cref="IHessianOperator"/>, for small problems and tests.</summary>
public sealed class SymmetricMatrixOperator : IHessianOperator
{
    private readonly double[] _entries;

    /// <summary>Wraps the row-major n × n matrix <paramref name="entries"/> without copying it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is negative or the array length is not n².</exception>
    /// <exception cref="ArgumentException">
    /// The matrix is not symmetric: some |a_ij − a_ji| exceeds 1e-12 × max |a_kl|.
    /// </exception>
    public SymmetricMatrixOperator(int dimension, double[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        if (entries.Length != (long)dimension * dimension)
            throw new ArgumentOutOfRangeException(nameof(entries), entries.Length, $"Expected {dimension} × {dimension} = {(long)dimension * dimension} entries.");

        double largest = 0;
        foreach (double entry in entries)
            largest = Math.Max(largest, Math.Abs(entry));
        for (int i = 0; i < dimension; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double asymmetry = Math.Abs(entries[i * dimension + j] - entries[j * dimension + i]);
                if (asymmetry > 1e-12 * largest)
                    throw new ArgumentException($"The matrix is not symmetric: entries ({i}, {j}) and ({j}, {i}) differ by {asymmetry}.", nameof(entries));
            }
        }

        Dimension = dimension;
        _entries = entries;
    }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A span's length is not <see cref="Dimension"/>.</exception>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        OperatorArguments.Check(Dimension, vector, product);
        for (int i = 0; i < Dimension; i++)
            product[i] = System.Numerics.Tensors.TensorPrimitives.Dot(_entries.AsSpan(i * Dimension, Dimension), vector);
    }
}
