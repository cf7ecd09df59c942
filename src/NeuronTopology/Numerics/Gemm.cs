using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NeuronTopology.Numerics;

/// <summary>
/// General matrix multiply C ← op(A)·op(B) (+ C when accumulating), op = identity or transpose,
/// for the three products of a training step: A·B, Aᵀ·B and A·Bᵀ. Transposes are never materialized.
/// </summary>
/// <remarks>
/// A cache-blocked, register-tiled kernel in the style of Goto and van de Geijn (ACM TOMS 34(3), 2008):
/// panels of op(A) and op(B) are packed into aligned buffers and an MR × NR micro-kernel keeps a tile of C
/// in vector registers (AVX-512, else AVX2 + FMA, else <see cref="Vector{T}"/>, else scalar).
/// </remarks>
public static class Gemm
{
    // Below this many multiply-adds (about 20 µs of work at 50 GFLOP/s) handing work to the thread pool
    // costs more than it saves, so such products run on the calling thread.
    private const long ParallelThreshold = 1L << 19;

    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B) when <paramref name="accumulate"/> is true,
    /// where op(X) is X or Xᵀ.
    /// </summary>
    /// <remarks>
    /// <para>Rounding: each element is one chain of fused multiply-adds over p = 0, …, k − 1 in increasing order,
    /// c ← fma(op(A)(i, p), op(B)(p, j), c), starting from 0, or from the old C(i, j) when accumulating.
    /// The result is therefore bit-identical to that scalar loop, for every thread count and every kernel,
    /// and |C − exact| ≤ γ_k · (|op(A)|·|op(B)| + |C₀|) elementwise with γ_k = k·u / (1 − k·u),
    /// u = 2⁻²⁴ for float and 2⁻⁵³ for double.</para>
    /// <para>NaN and ∞ propagate as in that loop: any NaN in row i of op(A) or column j of op(B) makes
    /// C(i, j) NaN, and ∞ · 0 gives NaN. With k = 0 the product is empty, so C becomes zero, or stays unchanged when accumulating.</para>
    /// <para>C must not share storage with A or B.</para>
    /// </remarks>
    /// <param name="a">Left factor, m × k (k × m when <paramref name="transposeA"/>).</param>
    /// <param name="b">Right factor, k × n (n × k when <paramref name="transposeB"/>).</param>
    /// <param name="c">Result, m × n; read only when <paramref name="accumulate"/> is true.</param>
    /// <param name="threads">Worker threads; 0 means <see cref="Environment.ProcessorCount"/>. Products of fewer than about
    /// half a million multiply-adds run on the calling thread whatever the value.</param>
    /// <exception cref="ArgumentNullException">A matrix is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    /// <exception cref="ArgumentException">The shapes do not conform, or C shares its storage with A or B.</exception>
    public static void Multiply<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Multiply(a, b, c, transposeA, transposeB, accumulate, threads, GemmKernel.Auto);

    /// <summary>
    /// Computes C ← op(A)·op(B), or C ← C + op(A)·op(B), on views into larger arrays (for example the
    /// per-layer weights inside one flat parameter vector); the contract is that of
    /// <see cref="Multiply{T}(Matrix{T}, Matrix{T}, Matrix{T}, bool, bool, bool, int)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">A view has no array.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    /// <exception cref="ArgumentException">The shapes do not conform, or C overlaps A or B.</exception>
    public static void Multiply<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA = false, bool transposeB = false, bool accumulate = false, int threads = 0)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => Multiply(a, b, c, transposeA, transposeB, accumulate, threads, GemmKernel.Auto);

    /// <summary>Computes the product like the public overloads, on a chosen kernel family (for tests and benchmarks).</summary>
    /// <exception cref="PlatformNotSupportedException">The processor lacks the instructions of <paramref name="kernel"/>.</exception>
    internal static void Multiply<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c, bool transposeA, bool transposeB, bool accumulate, int threads, GemmKernel kernel)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        Multiply<T>((MatrixSegment<T>)a, b, c, transposeA, transposeB, accumulate, threads, kernel);
    }

    /// <inheritdoc cref="Multiply{T}(Matrix{T}, Matrix{T}, Matrix{T}, bool, bool, bool, int, GemmKernel)"/>
    /// <param name="blocking">Block sizes for tests that must cross block boundaries on small matrices; null chooses them from the cache sizes.</param>
    internal static unsafe void Multiply<T>(MatrixSegment<T> a, MatrixSegment<T> b, MatrixSegment<T> c, bool transposeA, bool transposeB, bool accumulate, int threads, GemmKernel kernel, GemmBlocking? blocking = null)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a.Array, nameof(a));
        ArgumentNullException.ThrowIfNull(b.Array, nameof(b));
        ArgumentNullException.ThrowIfNull(c.Array, nameof(c));
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
            throw new ArgumentException("C overlaps A or B in memory; the product needs a separate output.", nameof(c));

        if (m == 0 || n == 0)
            return;
        if (k == 0)
        {
            if (!accumulate)
                c.AsSpan().Clear();
            return;
        }

        int workers = ChooseThreads(m, n, k, threads);
        fixed (T* pa = a.Array, pb = b.Array, pc = c.Array)
        {
            var left = new GemmOperand<T>(pa + a.Offset, a.Columns, transposeA);
            var right = new GemmOperand<T>(pb + b.Offset, b.Columns, transposeB);
            Dispatch(m, n, k, left, right, pc + c.Offset, c.Columns, accumulate, workers, kernel, blocking);
        }
    }

    /// <summary>
    /// The instruction set of the matrix-multiply kernel this process uses: "AVX-512", "AVX2 and FMA",
    /// "N-bit vectors" or "scalar". A native AOT build fixes it when compiled, from the instruction set it targets.
    /// </summary>
    public static string KernelInstructionSet => FastestKernel switch
    {
        GemmKernel.Avx512 => "AVX-512",
        GemmKernel.Avx2 => "AVX2 and FMA",
        GemmKernel.Vector => $"{Vector<byte>.Count * 8}-bit vectors",
        _ => "scalar",
    };

    /// <summary>The kernel family <see cref="GemmKernel.Auto"/> selects on this processor.</summary>
    internal static GemmKernel FastestKernel =>
        Vector512.IsHardwareAccelerated ? GemmKernel.Avx512
        : Vector256.IsHardwareAccelerated && Fma.IsSupported ? GemmKernel.Avx2
        : Vector.IsHardwareAccelerated ? GemmKernel.Vector
        : GemmKernel.Scalar;

    /// <summary>Whether this processor can run <paramref name="kernel"/>.</summary>
    internal static bool IsSupported(GemmKernel kernel) => kernel switch
    {
        GemmKernel.Avx512 => Vector512.IsHardwareAccelerated,
        GemmKernel.Avx2 => Vector256.IsHardwareAccelerated && Fma.IsSupported,
        _ => true,
    };

    private static bool Overlaps<T>(MatrixSegment<T> x, MatrixSegment<T> y)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => ReferenceEquals(x.Array, y.Array) && x.Length > 0 && y.Length > 0
           && x.Offset < y.Offset + y.Length && y.Offset < x.Offset + x.Length;

    private static int ChooseThreads(int m, int n, int k, int threads)
    {
        int requested = threads == 0 ? Environment.ProcessorCount : threads;
        return (long)m * n * k < ParallelThreshold ? 1 : requested;
    }

    private static unsafe void Dispatch<T>(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate, int threads, GemmKernel kernel, GemmBlocking? blocking)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (kernel == GemmKernel.Auto)
            kernel = FastestKernel;
        if (!IsSupported(kernel))
            throw new PlatformNotSupportedException($"The {kernel} GEMM kernel needs instructions this processor lacks.");

        switch (kernel)
        {
            case GemmKernel.Avx512:
                GemmDriver<T, MicroKernel512<T>>.Run(m, n, k, a, b, c, rowStride, accumulate, threads, blocking);
                break;
            case GemmKernel.Avx2:
                GemmDriver<T, MicroKernel256<T>>.Run(m, n, k, a, b, c, rowStride, accumulate, threads, blocking);
                break;
            case GemmKernel.Vector:
                GemmDriver<T, MicroKernelVector<T>>.Run(m, n, k, a, b, c, rowStride, accumulate, threads, blocking);
                break;
            default:
                GemmDriver<T, MicroKernelScalar<T>>.Run(m, n, k, a, b, c, rowStride, accumulate, threads, blocking);
                break;
        }
    }
}
