using System.Diagnostics;
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

        AddRowVector(matrix.Data.AsSpan(0, matrix.Rows * matrix.Columns), vector);
    }

    /// <summary>Adds the bias to every row of a batch view; does nothing when <paramref name="vector"/> is empty (a bias-free layer).</summary>
    internal static void AddRowVector<T>(MatrixSegment<T> matrix, ReadOnlySpan<T> vector)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (vector.IsEmpty)
            return;
        Debug.Assert(vector.Length == matrix.Columns);
        AddRowVector(matrix.AsSpan(), vector);
    }

    /// <summary>Bias gradient of a batch view; does nothing when <paramref name="sums"/> is empty (a bias-free layer).</summary>
    internal static void ColumnSums<T>(MatrixSegment<T> matrix, Span<T> sums, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (sums.IsEmpty)
            return;
        Debug.Assert(sums.Length == matrix.Columns);
        ColumnSums(matrix.AsSpan(), sums, accumulate);
    }

    // Row-major data with vector.Length columns.
    private static void AddRowVector<T>(Span<T> data, ReadOnlySpan<T> vector)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int start = 0; start < data.Length; start += vector.Length)
        {
            Span<T> row = data.Slice(start, vector.Length);
            TensorPrimitives.Add(row, vector, row);
        }
    }

    private static void ColumnSums<T>(ReadOnlySpan<T> data, Span<T> sums, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!accumulate)
            sums.Clear();
        for (int start = 0; start < data.Length; start += sums.Length)
            TensorPrimitives.Add(sums, data.Slice(start, sums.Length), sums);
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

        ColumnSums(matrix.Data.AsSpan(0, matrix.Rows * matrix.Columns), sums, accumulate);
    }
}
