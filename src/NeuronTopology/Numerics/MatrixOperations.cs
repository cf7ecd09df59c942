using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Numerics;

/// <summary>
/// Row-wise elementwise operations of a training step (bias add, bias gradient), vectorized through
/// <see cref="TensorPrimitives"/>.
/// </summary>
public static class MatrixOperations
{
    /// <summary>Adds <paramref name="vector"/> to every row of <paramref name="matrix"/>: X(i, j) ← X(i, j) + v(j).</summary>
    /// <remarks>One rounding per element; NaN and ∞ follow IEEE addition.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The vector's length differs from the number of columns.</exception>
    public static void AddRowVector<T>(Matrix<T> matrix, ReadOnlySpan<T> vector)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (vector.Length != matrix.Columns)
            throw new ArgumentException($"The vector has {vector.Length} elements; the matrix has {matrix.Columns} columns.", nameof(vector));

        for (int i = 0; i < matrix.Rows; i++)
        {
            Span<T> row = matrix.Row(i);
            TensorPrimitives.Add(row, vector, row);
        }
    }

    /// <summary>
    /// Computes the column sums s(j) = Σᵢ X(i, j), the bias gradient of a batch, into <paramref name="sums"/>
    /// (overwritten, or added to when <paramref name="accumulate"/> is true).
    /// </summary>
    /// <remarks>
    /// Rows are added in increasing order of i, one rounding per addition, so the result is deterministic
    /// and within γ_m·Σᵢ|X(i, j)| of the exact sum (m rows). NaN and ∞ follow IEEE addition. A matrix with
    /// no rows gives zero sums.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentException">The destination's length differs from the number of columns.</exception>
    public static void ColumnSums<T>(Matrix<T> matrix, Span<T> sums, bool accumulate = false)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (sums.Length != matrix.Columns)
            throw new ArgumentException($"The destination has {sums.Length} elements; the matrix has {matrix.Columns} columns.", nameof(sums));

        if (!accumulate)
            sums.Clear();
        for (int i = 0; i < matrix.Rows; i++)
            TensorPrimitives.Add(sums, matrix.Row(i), sums);
    }
}
