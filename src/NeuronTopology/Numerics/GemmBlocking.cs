namespace NeuronTopology.Numerics;

/// <summary>
/// Cache blocking of one GEMM: the depth of a K block (kc), the height of a packed block of op(A) (mc)
/// and the width of a packed panel of op(B) (nc).
/// </summary>
/// <remarks>
/// The micro-kernel keeps one A micro-panel (MR × kc) in L1 while it streams the B panel (kc × nc) from L2.
/// So kc is sized for half of L1 and nc for three quarters of L2, which leaves room for the C tile and the
/// B micro-panel in flight. The A block (mc × kc) is read once per B panel from L3 or memory and only needs
/// to be bounded, at 4 MiB: a larger one would not change the traffic, only the scratch memory.
/// Blocks are balanced: 784 = 2 × 392 rather than 512 + 272, so no pass runs a nearly empty loop.
/// </remarks>
internal readonly record struct GemmBlocking(int Depth, int Rows, int Columns)
{
    private const int ABlockBudget = 4 * 1024 * 1024;

    /// <summary>Chooses kc, mc and nc for an m × n product of depth k on this machine's caches.</summary>
    public static GemmBlocking Choose(int m, int n, int k, int tileRows, int tileColumns, int elementSize)
    {
        int maxDepth = Math.Max(1, CacheSizes.Level1Data / 2 / (tileRows * elementSize));
        int depth = Balance(Math.Max(k, 1), maxDepth, 1);

        int maxColumns = Math.Max(tileColumns, CacheSizes.Level2 / 4 * 3 / (depth * elementSize) / tileColumns * tileColumns);
        int columns = Balance(Math.Max(n, 1), maxColumns, tileColumns);

        int maxRows = Math.Max(tileRows, ABlockBudget / (depth * elementSize) / tileRows * tileRows);
        int rows = Balance(Math.Max(m, 1), maxRows, tileRows);
        return new GemmBlocking(depth, rows, columns);
    }

    // Splits length into the fewest blocks of at most max, all the same size rounded up to a multiple of granule.
    private static int Balance(int length, int max, int granule)
    {
        int blocks = (length + max - 1) / max;
        int size = (length + blocks - 1) / blocks;
        return (size + granule - 1) / granule * granule;
    }
}
