using System.Diagnostics;
using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// The blocked GEMM loop nest (Goto and van de Geijn, "Anatomy of High-Performance Matrix Multiplication",
/// ACM TOMS 34(3), 2008, doi:10.1145/1356052.1356053), instantiated for one micro-kernel.
/// </summary>
/// <remarks>
/// C is row-major and the kernels vectorize along its rows, so the roles of the paper's loops are mirrored:
/// the packed B panel (kc × nc) stays in L2 and each A micro-panel (MR × kc) in L1. With the K loop outermost,
/// each A block is packed once and each B panel once per A block, usually once in all.
/// </remarks>
internal static unsafe class GemmDriver<T, TKernel>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
    where TKernel : struct, IGemmMicroKernel<T>
{
    /// <summary>
    /// Computes C ← op(A)·op(B), or C + op(A)·op(B) when <paramref name="accumulate"/>, for m, n, k ≥ 1.
    /// </summary>
    /// <param name="blocking">Block sizes, with mc and nc multiples of MR and NR; null chooses them from the cache sizes.</param>
    public static void Run(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate, int threads, GemmBlocking? blocking = null)
    {
        GemmBlocking sizes = blocking ?? GemmBlocking.Choose(m, n, k, TKernel.Rows, TKernel.Columns, sizeof(T));
        Debug.Assert(sizes.Rows % TKernel.Rows == 0 && sizes.Columns % TKernel.Columns == 0 && sizes.Depth > 0);
        T* packedA = PackingBuffer<T>.ForA(sizes.Rows * sizes.Depth);
        T* packedB = PackingBuffer<T>.ForB(sizes.Depth * sizes.Columns);

        // Each element's FMA chain runs through the K blocks in increasing order. The first block starts
        // from zero, or from C when accumulating, and each later block resumes from the stored partial sum.
        for (int depthStart = 0; depthStart < k; depthStart += sizes.Depth)
        {
            int depth = Math.Min(sizes.Depth, k - depthStart);
            bool loadC = accumulate || depthStart > 0;

            for (int rowStart = 0; rowStart < m; rowStart += sizes.Rows)
            {
                int rows = Math.Min(sizes.Rows, m - rowStart);

                for (int columnStart = 0; columnStart < n; columnStart += sizes.Columns)
                {
                    int columns = Math.Min(sizes.Columns, n - columnStart);
                    var block = new GemmBlock(rowStart, rows, columnStart, columns, depthStart, depth);
                    var pass = new GemmPass<T, TKernel>(a, b, c, rowStride, block, loadC, packedA, packedB);
                    GemmScheduler.Run(pass, packA: columnStart == 0, threads);
                }
            }
        }
    }
}
