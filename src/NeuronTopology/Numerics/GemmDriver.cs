using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// The blocked GEMM loop nest (Goto and van de Geijn, "Anatomy of High-Performance Matrix Multiplication",
/// ACM TOMS 34(3), 2008, doi:10.1145/1356052.1356053), instantiated for one micro-kernel.
/// </summary>
internal static unsafe class GemmDriver<T, TKernel>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
    where TKernel : struct, IGemmMicroKernel<T>
{
    /// <summary>
    /// Computes C ← op(A)·op(B), or C + op(A)·op(B) when <paramref name="accumulate"/>, for m, n, k ≥ 1.
    /// </summary>
    public static void Run(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate, int threads)
    {
        var blocking = GemmBlocking.Choose(n, k, TKernel.Rows, TKernel.Columns, sizeof(T));
        T* packedB = PackingBuffer<T>.ForB(blocking.Depth * blocking.Columns);

        for (int columnStart = 0; columnStart < n; columnStart += blocking.Columns)
        {
            int columns = Math.Min(blocking.Columns, n - columnStart);

            // Each element's FMA chain runs through the K blocks in increasing order. The first block starts
            // from zero, or from C when accumulating, and each later block resumes from the stored partial sum.
            for (int depthStart = 0; depthStart < k; depthStart += blocking.Depth)
            {
                int depth = Math.Min(blocking.Depth, k - depthStart);
                bool loadC = accumulate || depthStart > 0;
                var pass = new GemmPass<T, TKernel>(a, b, c, rowStride, m, columnStart, columns, depthStart, depth, loadC, packedB);
                GemmScheduler.Run(pass, threads);
            }
        }
    }
}
