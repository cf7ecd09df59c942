namespace NeuronTopology.Numerics;

/// <summary>
/// Cache blocking of one GEMM: the depth of a K block (kc) and the width of a column panel of op(B) (nc).
/// </summary>
/// <remarks>
/// The driver keeps one packed A micro-panel (MR × kc) in L1 while it streams the packed B panel
/// (kc × nc) from L2, so kc is sized for L1 and nc for L2. The budgets are half of 32 KiB L1d and
/// half of 512 KiB L2: the other half is left for the B micro-panel in flight, the C tile and the
/// hardware prefetchers. Cores with larger caches (1 MiB L2 on AMD Zen 4) lose little with them.
/// Blocks are balanced: 784 = 4 × 196 rather than 3 × 256 + 16, so no pass runs a nearly empty loop.
/// </remarks>
internal readonly record struct GemmBlocking(int Depth, int Columns)
{
    private const int L1Budget = 16 * 1024;
    private const int L2Budget = 256 * 1024;

    /// <summary>Chooses kc and nc for a product of depth <paramref name="k"/> and width <paramref name="n"/>.</summary>
    public static GemmBlocking Choose(int n, int k, int tileRows, int tileColumns, int elementSize)
    {
        int maxDepth = Math.Max(1, L1Budget / (tileRows * elementSize));
        int depth = Balance(Math.Max(k, 1), maxDepth, 1);

        int maxColumns = Math.Max(tileColumns, L2Budget / (depth * elementSize) / tileColumns * tileColumns);
        int columns = Balance(Math.Max(n, 1), maxColumns, tileColumns);
        return new GemmBlocking(depth, columns);
    }

    // Splits length into the fewest blocks of at most max, all the same size rounded up to a multiple of granule.
    private static int Balance(int length, int max, int granule)
    {
        int blocks = (length + max - 1) / max;
        int size = (length + blocks - 1) / blocks;
        return (size + granule - 1) / granule * granule;
    }
}
