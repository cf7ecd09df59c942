using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// One pass of the blocked GEMM: the update of the block C[rowStart .. rowStart + rows, columnStart .. columnStart + columns)
/// by the K block [depthStart, depthStart + depth). Packing and computing are split into units of whole
/// micro-panels and tiles, and any thread may run any unit.
/// </summary>
/// <remarks>
/// Units never share a tile of C, and each tile's K block runs inside one micro-kernel call, so which thread
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
    private readonly GemmBlock block;
    private readonly bool loadC;
    private readonly T* packedA;
    private readonly T* packedB;

    public GemmPass(GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, GemmBlock block, bool loadC, T* packedA, T* packedB)
    {
        this.a = a;
        this.b = b;
        this.c = c;
        this.rowStride = rowStride;
        this.block = block;
        this.loadC = loadC;
        this.packedA = packedA;
        this.packedB = packedB;
    }

    /// <summary>Number of MR-row micro-panels of the block.</summary>
    public int RowPanels => (block.Rows + TKernel.Rows - 1) / TKernel.Rows;

    /// <summary>Number of NR-column micro-panels of the block.</summary>
    public int ColumnPanels => (block.Columns + TKernel.Columns - 1) / TKernel.Columns;

    /// <summary>Packs the A micro-panels [firstPanel, endPanel) of the block.</summary>
    public void PackA(int firstPanel, int endPanel)
    {
        int mr = TKernel.Rows;
        for (int panel = firstPanel; panel < endPanel; panel++)
        {
            int i = panel * mr;
            int height = Math.Min(mr, block.Rows - i);
            GemmPacking.PackA(a, block.RowStart + i, height, block.DepthStart, block.Depth, mr, packedA + (nint)panel * mr * block.Depth);
        }
    }

    /// <summary>Packs the B micro-panels [firstPanel, endPanel) of the block.</summary>
    public void PackB(int firstPanel, int endPanel)
    {
        int nr = TKernel.Columns;
        for (int panel = firstPanel; panel < endPanel; panel++)
        {
            int j = panel * nr;
            int width = Math.Min(nr, block.Columns - j);
            GemmPacking.PackB(b, block.DepthStart, block.Depth, block.ColumnStart + j, width, nr, packedB + (nint)panel * nr * block.Depth);
        }
    }

    /// <summary>Updates the tiles of row micro-panels [firstRowPanel, endRowPanel) × column micro-panels [firstColumnPanel, endColumnPanel).</summary>
    public void Compute(int firstRowPanel, int endRowPanel, int firstColumnPanel, int endColumnPanel)
    {
        int mr = TKernel.Rows;
        int nr = TKernel.Columns;
        int depth = block.Depth;
        T* edgeTile = stackalloc T[mr * nr];

        for (int rowPanel = firstRowPanel; rowPanel < endRowPanel; rowPanel++)
        {
            int i = rowPanel * mr;
            int height = Math.Min(mr, block.Rows - i);
            T* panelA = packedA + (nint)rowPanel * mr * depth;

            for (int columnPanel = firstColumnPanel; columnPanel < endColumnPanel; columnPanel++)
            {
                int j = columnPanel * nr;
                int width = Math.Min(nr, block.Columns - j);
                T* tile = c + (block.RowStart + i) * rowStride + block.ColumnStart + j;
                T* panelB = packedB + (nint)columnPanel * nr * depth;

                if (height == mr && width == nr)
                    TKernel.Run(depth, panelA, panelB, tile, rowStride, loadC);
                else
                    RunEdgeTile(panelA, panelB, tile, height, width, edgeTile);
            }
        }
    }

    // A partial tile goes through a full-size scratch tile, so the same kernel, and hence the same
    // rounding, serves every element of C.
    private void RunEdgeTile(T* panelA, T* panelB, T* tile, int height, int width, T* scratch)
    {
        int nr = TKernel.Columns;
        if (loadC)
        {
            for (int r = 0; r < height; r++)
                new ReadOnlySpan<T>(tile + r * rowStride, width).CopyTo(new Span<T>(scratch + r * nr, width));
        }

        TKernel.Run(block.Depth, panelA, panelB, scratch, nr, loadC);

        for (int r = 0; r < height; r++)
            new ReadOnlySpan<T>(scratch + r * nr, width).CopyTo(new Span<T>(tile + r * rowStride, width));
    }
}
