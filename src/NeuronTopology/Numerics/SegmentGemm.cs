using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Numerics;

/// <summary>
/// General matrix multiply C ← op(A)·op(B) (+ C) on <see cref="MatrixSegment{T}"/> views, the same contract as
/// <see cref="Gemm.Multiply{T}(Matrix{T}, Matrix{T}, Matrix{T}, bool, bool, bool, int)"/> for operands that live inside a larger array (per-layer views of a flat parameter vector).
/// </summary>
public static class SegmentGemm
{
    // Below this many multiply-adds a product runs on the calling thread; starting workers costs more.
    private const long ParallelThreshold = 1L << 18;

    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B) when <paramref name="accumulate"/> is true.
    /// </summary>
    /// <remarks>
    /// Each element of C is summed over the inner index in ascending order by one thread, so the result does not
    /// depend on <paramref name="threads"/>. C must not overlap A or B. NaN and ∞ propagate as in IEEE arithmetic.
    /// </remarks>
    /// <param name="threads">Worker threads; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentException">The shapes do not conform.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static void Multiply<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        int m = transposeA ? a.Columns : a.Rows;
        int k = transposeA ? a.Rows : a.Columns;
        int kb = transposeB ? b.Columns : b.Rows;
        int n = transposeB ? b.Rows : b.Columns;
        if (k != kb)
            throw new ArgumentException($"Inner dimensions differ: op(A) is {m}×{k}, op(B) is {kb}×{n}.", nameof(b));
        if (c.Rows != m || c.Columns != n)
            throw new ArgumentException($"C is {c.Rows}×{c.Columns}; op(A)·op(B) is {m}×{n}.", nameof(c));

        int workers = threads == 0 ? Environment.ProcessorCount : threads;
        if (workers == 1 || (long)m * n * k < ParallelThreshold || m < 2)
        {
            MultiplyRows(a, b, c, transposeA, transposeB, accumulate, 0, m);
            return;
        }

        int chunk = (m + workers - 1) / workers;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            int start = w * chunk;
            int end = Math.Min(m, start + chunk);
            if (start < end)
                MultiplyRows(a, b, c, transposeA, transposeB, accumulate, start, end);
        });
    }

    // NOTE: reference kernel built on TensorPrimitives row operations; a blocked, register-tiled kernel can replace it.
    private static void MultiplyRows<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA, bool transposeB, bool accumulate, int rowStart, int rowEnd)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int k = transposeA ? a.Rows : a.Columns;
        for (int i = rowStart; i < rowEnd; i++)
        {
            Span<T> cRow = c.Row(i);
            if (transposeB)
            {
                // C[i, j] = A[i, :] · B[j, :], a dot product of two contiguous rows when A is not transposed.
                for (int j = 0; j < cRow.Length; j++)
                {
                    T sum = transposeA ? DotColumn(a, i, b.Row(j)) : TensorPrimitives.Dot<T>(a.Row(i), b.Row(j));
                    cRow[j] = accumulate ? cRow[j] + sum : sum;
                }
                continue;
            }

            // C[i, :] += Σ_p op(A)[i, p] · B[p, :], row updates over contiguous rows of B.
            if (!accumulate)
                cRow.Clear();
            for (int p = 0; p < k; p++)
            {
                T factor = transposeA ? a[p, i] : a[i, p];
                TensorPrimitives.MultiplyAdd<T>(b.Row(p), factor, cRow, cRow);
            }
        }
    }

    private static T DotColumn<T>(MatrixSegment<T> a, int column, ReadOnlySpan<T> row)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int p = 0; p < row.Length; p++)
            sum += a[p, column] * row[p];
        return sum;
    }
}
