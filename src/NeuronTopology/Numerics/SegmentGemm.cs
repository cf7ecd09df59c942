using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// General matrix multiply C ← op(A)·op(B) (+ C) on <see cref="MatrixSegment{T}"/> views, the same contract as
/// <see cref="Gemm.Multiply{T}(Matrix{T}, Matrix{T}, Matrix{T}, bool, bool, bool, int)"/> for operands that live inside a larger array (per-layer views of a flat parameter vector).
/// </summary>
public static class SegmentGemm
{
    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B) when <paramref name="accumulate"/> is true.
    /// </summary>
    /// <remarks>
    /// Runs <see cref="Gemm.Multiply{T}(MatrixSegment{T}, MatrixSegment{T}, MatrixSegment{T}, bool, bool, bool, int)"/>:
    /// each element of C is one fused multiply-add chain over the inner index in ascending order, so the result does
    /// not depend on <paramref name="threads"/>. C must not overlap A or B. NaN and ∞ propagate as in IEEE arithmetic.
    /// </remarks>
    /// <param name="threads">Worker threads; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentException">The shapes do not conform, or C overlaps A or B.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static void Multiply<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Gemm.Multiply(a, b, c, transposeA, transposeB, accumulate, threads);
}
