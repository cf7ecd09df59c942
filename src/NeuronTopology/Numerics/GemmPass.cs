using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// One pass of the blocked GEMM: the update of C[:, columnStart .. columnStart + columns) by the K block
/// [depthStart, depthStart + depth). Work is split into units of whole tiles, and any thread may run any unit.
/// </summary>
/// <remarks>
/// Units never share a tile of C, and each tile's K loop runs inside one micro-kernel call, so which thread
/// runs which unit, and in what order, cannot change a single bit of the result.
/// </remarks>
internal sealed unsafe class GemmPass<T, TKernel>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
    where TKernel : struct, IGemmMicroKernel<T>
{
    private readonly GemmOperand<T> a;
    private readonly GemmOperand<T> b;
    private readonly T* c;
    private readonly nint rowStride;
    private readonly int rows;
    private readonly int columnStart;
    private readonly int columns;
    private readonly int depthStart;
    private readonly int depth;
    private readonly bool loadC;
    private readonly T* packedB;

    public GemmPass(GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, int rows, int columnStart, int columns, int depthStart, int depth, bool loadC, T* packedB)
    {
        this.a = a;
        this.b = b;
        this.c = c;
        this.rowStride = rowStride;
        this.rows = rows;
        this.columnStart = columnStart;
        this.columns = columns;
        this.depthStart = depthStart;
        this.depth = depth;
        this.loadC = loadC;
        this.packedB = packedB;
    }

    /// <summary>Number of MR-row panels of C.</summary>
    public int RowPanels => (rows + TKernel.Rows - 1) / TKernel.Rows;

    /// <summary>Number of NR-column panels of the pass.</summary>
    public int ColumnPanels => (columns + TKernel.Columns - 1) / TKernel.Columns;

    /// <summary>Packs the B micro-panels [first, end) of this pass into the shared packed panel.</summary>
    public void PackB(int firstPanel, int endPanel)
    {
        int nr = TKernel.Columns;
        for (int panel = firstPanel; panel < endPanel; panel++)
        {
            int j = panel * nr;
            int width = Math.Min(nr, columns - j);
            GemmPacking.PackB(b, depthStart, depth, columnStart + j, width, nr, packedB + (nint)panel * nr * depth);
        }
    }

    /// <summary>Updates the tiles of row panels [firstRow, endRow) × column panels [firstColumn, endColumn).</summary>
    public void Compute(int firstRowPanel, int endRowPanel, int firstColumnPanel, int endColumnPanel)
    {
        int mr = TKernel.Rows;
        int nr = TKernel.Columns;
        T* packedA = PackingBuffer<T>.ForA(mr * depth);
        T* edgeTile = stackalloc T[mr * nr];

        for (int rowPanel = firstRowPanel; rowPanel < endRowPanel; rowPanel++)
        {
            int i = rowPanel * mr;
            int height = Math.Min(mr, rows - i);
            GemmPacking.PackA(a, i, height, depthStart, depth, mr, packedA);

            for (int columnPanel = firstColumnPanel; columnPanel < endColumnPanel; columnPanel++)
            {
                int j = columnPanel * nr;
                int width = Math.Min(nr, columns - j);
                T* tile = c + i * rowStride + columnStart + j;
                T* panelB = packedB + (nint)columnPanel * nr * depth;

                if (height == mr && width == nr)
                    TKernel.Run(depth, packedA, panelB, tile, rowStride, loadC);
                else
                    RunEdgeTile(packedA, panelB, tile, height, width, edgeTile);
            }
        }
    }

    // A partial tile goes through a full-size scratch tile, so the same kernel, and hence the same
    // rounding, serves every element of C.
    private void RunEdgeTile(T* packedA, T* panelB, T* tile, int height, int width, T* scratch)
    {
        int nr = TKernel.Columns;
        if (loadC)
        {
            for (int r = 0; r < height; r++)
                new ReadOnlySpan<T>(tile + r * rowStride, width).CopyTo(new Span<T>(scratch + r * nr, width));
        }

        TKernel.Run(depth, packedA, panelB, scratch, nr, loadC);

        for (int r = 0; r < height; r++)
            new ReadOnlySpan<T>(scratch + r * nr, width).CopyTo(new Span<T>(tile + r * rowStride, width));
    }
}
