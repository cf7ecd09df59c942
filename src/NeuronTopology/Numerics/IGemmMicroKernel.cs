using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// A GEMM micro-kernel: updates one tile of <see cref="Rows"/> × <see cref="Columns"/> elements of C
/// from a packed micro-panel of op(A) and a packed micro-panel of op(B).
/// </summary>
/// <remarks>
/// Packed layouts: the A micro-panel stores, for each p in [0, depth), the <see cref="Rows"/> values
/// op(A)(i, p) contiguously; the B micro-panel stores, for each p, the <see cref="Columns"/> values
/// op(B)(p, j) contiguously. Every element of the tile is one fused multiply-add chain over p in
/// increasing order, so all implementations return bit-identical results.
/// The kernel is a static abstract member so the blocking driver, instantiated over a struct, gets a
/// direct, inlinable call per tile.
/// </remarks>
internal unsafe interface IGemmMicroKernel<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Tile height (MR): rows of C per call.</summary>
    static abstract int Rows { get; }

    /// <summary>Tile width (NR): columns of C per call.</summary>
    static abstract int Columns { get; }

    /// <summary>
    /// Computes c(i, j) ← fma(a(i, depth−1), b(depth−1, j), … fma(a(i, 0), b(0, j), c₀(i, j))) for the whole
    /// tile, where c₀ is the current tile when <paramref name="loadC"/> is true and zero otherwise.
    /// </summary>
    /// <param name="c">Top-left element of the tile; rows are <paramref name="rowStride"/> elements apart and columns contiguous.</param>
    static abstract void Run(int depth, T* packedA, T* packedB, T* c, nint rowStride, bool loadC);
}
