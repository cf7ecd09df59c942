using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// General matrix multiply C ← op(A)·op(B) (+ C when accumulating), op = identity or transpose,
/// for the three products of a training step: A·B, Aᵀ·B and A·Bᵀ. Transposes are never materialized.
/// </summary>
public static class Gemm
{
    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B) when <paramref name="accumulate"/> is true.
    /// </summary>
    /// <param name="threads">Worker threads; 0 means <see cref="Environment.ProcessorCount"/>. Results are deterministic for a given thread count.</param>
    /// <exception cref="ArgumentException">The shapes do not conform.</exception>
    public static void Multiply<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        int m = transposeA ? a.Columns : a.Rows;
        int k = transposeA ? a.Rows : a.Columns;
        int kb = transposeB ? b.Columns : b.Rows;
        int n = transposeB ? b.Rows : b.Columns;
        if (k != kb)
            throw new ArgumentException($"Inner dimensions differ: op(A) is {m}×{k}, op(B) is {kb}×{n}.", nameof(b));
        if (c.Rows != m || c.Columns != n)
            throw new ArgumentException($"C is {c.Rows}×{c.Columns}; op(A)·op(B) is {m}×{n}.", nameof(c));

        // NOTE: reference kernel; the blocked SIMD kernel replaces this body.
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                T sum = T.Zero;
                for (int p = 0; p < k; p++)
                {
                    T x = transposeA ? a[p, i] : a[i, p];
                    T y = transposeB ? b[j, p] : b[p, j];
                    sum += x * y;
                }
                c[i, j] = accumulate ? c[i, j] + sum : sum;
            }
        }
    }
}
