using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// General matrix multiply C ← op(A)·op(B) (+ C) on <see cref="MatrixSegment{T}"/> views, with the same kernel and
/// contract as <see cref="Gemm.Multiply{T}(Matrix{T}, Matrix{T}, Matrix{T}, bool, bool, bool, int)"/>, for operands
/// that live inside a larger array (per-layer views of a flat parameter vector).
/// </summary>
public static class SegmentGemm
{
    // Same cut-off as Gemm's: below about half a million multiply-adds, workers cost more than they save.
    private const long ParallelThreshold = 1L << 19;

    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B) when <paramref name="accumulate"/> is true.
    /// </summary>
    /// <remarks>
    /// Each element is one chain of fused multiply-adds over the inner index in increasing order, so the result is
    /// bit-identical for every thread count. NaN and ∞ propagate as in that loop. C must not overlap A or B.
    /// </remarks>
    /// <param name="threads">Worker threads; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentException">The shapes do not conform, or C overlaps A or B.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static unsafe void Multiply<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
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
        if (Overlaps(c, a) || Overlaps(c, b))
            throw new ArgumentException("C overlaps A or B; the product needs a separate output range.", nameof(c));

        if (m == 0 || n == 0)
            return;
        if (k == 0)
        {
            if (!accumulate)
                c.AsSpan().Clear();
            return;
        }

        int requested = threads == 0 ? Environment.ProcessorCount : threads;
        int workers = (long)m * n * k < ParallelThreshold ? 1 : requested;
        fixed (T* pa = a.Array, pb = b.Array, pc = c.Array)
        {
            var left = new GemmOperand<T>(pa + a.Offset, a.Columns, transposeA);
            var right = new GemmOperand<T>(pb + b.Offset, b.Columns, transposeB);
            Gemm.Dispatch(m, n, k, left, right, pc + c.Offset, c.Columns, accumulate, workers, GemmKernel.Auto);
        }
    }

    private static bool Overlaps<T>(MatrixSegment<T> x, MatrixSegment<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!ReferenceEquals(x.Array, y.Array) || x.Length == 0 || y.Length == 0)
            return false;
        return x.Offset < y.Offset + y.Length && y.Offset < x.Offset + x.Length;
    }
}
