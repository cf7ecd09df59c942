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
        if (PadsLessTransposed(m, n))
        {
            RunTransposed(m, n, k, a, b, c, rowStride, accumulate, threads, blocking);
            return;
        }

        if (blocking is null && RowUpdateProduct.Applies(m, b))
        {
            RowUpdateProduct.Run(m, n, k, a, b, c, rowStride, accumulate, threads);
            return;
        }

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

    // A narrow C (n well below NR) wastes most of every tile on padding columns, while its transpose
    // pads only up to MR rows: for n = 10 the work falls from 1024 × 32 to 16 × 1024 padded elements.
    private static bool PadsLessTransposed(int m, int n)
    {
        long padded = (long)RoundUp(m, TKernel.Rows) * RoundUp(n, TKernel.Columns);
        long paddedTransposed = (long)RoundUp(n, TKernel.Rows) * RoundUp(m, TKernel.Columns);
        return 2 * paddedTransposed <= padded;
    }

    // Computes Cᵀ = op(B)ᵀ·op(A)ᵀ into scratch and copies it back. Each element is the same chain of
    // fused multiply-adds with the two factors swapped, and fma(x, y, z) = fma(y, x, z) exactly, so the
    // result is bit-identical to the direct product.
    private static void RunTransposed(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate, int threads, GemmBlocking? blocking)
    {
        T* transposed = PackingBuffer<T>.ForTransposedC(checked(m * n));
        if (accumulate)
        {
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                    transposed[(nint)j * m + i] = c[i * rowStride + j];
            }
        }

        var left = new GemmOperand<T>(b.Data, b.LeadingDimension, !b.Transposed);
        var right = new GemmOperand<T>(a.Data, a.LeadingDimension, !a.Transposed);
        Run(n, m, k, left, right, transposed, m, accumulate, threads, blocking);

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
                c[i * rowStride + j] = transposed[(nint)j * m + i];
        }
    }

    private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
