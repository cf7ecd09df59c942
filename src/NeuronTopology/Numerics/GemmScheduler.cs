using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// Runs one <see cref="GemmPass{T, TKernel}"/> on the calling thread or spread over worker threads:
/// first packing (the A block when it is new, and the B panel), then the tiles.
/// </summary>
/// <remarks>
/// Each phase is cut into a few more units than threads (<see cref="UnitsPerThread"/> each) so that a core
/// slowed by other processes does not hold up the rest; units are whole micro-panels or tiles, so the split
/// cannot change the result. Tiles are split by rows first, because then each unit reads its A micro-panels
/// once and shares the B panel, which every core keeps in its own L2.
/// </remarks>
internal static class GemmScheduler
{
    private const int UnitsPerThread = 4;

    public static void Run<T, TKernel>(GemmPass<T, TKernel> pass, bool packA, int threads)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TKernel : struct, IGemmMicroKernel<T>
    {
        int rowPanels = pass.RowPanels;
        int columnPanels = pass.ColumnPanels;
        if (threads <= 1)
        {
            if (packA)
                pass.PackA(0, rowPanels);
            pass.PackB(0, columnPanels);
            pass.Compute(0, rowPanels, 0, columnPanels);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        int targetUnits = threads * UnitsPerThread;

        // Packing units: the first ones pack A micro-panels (when packA), the rest B micro-panels.
        int packUnitsA = packA ? Math.Min(rowPanels, targetUnits) : 0;
        int packUnitsB = Math.Min(columnPanels, targetUnits);
        Parallel.For(0, packUnitsA + packUnitsB, options, unit =>
        {
            if (unit < packUnitsA)
                pass.PackA(Split(rowPanels, packUnitsA, unit), Split(rowPanels, packUnitsA, unit + 1));
            else
                pass.PackB(Split(columnPanels, packUnitsB, unit - packUnitsA), Split(columnPanels, packUnitsB, unit - packUnitsA + 1));
        });

        int rowUnits = Math.Min(rowPanels, targetUnits);
        int columnUnits = Math.Min(columnPanels, (targetUnits + rowUnits - 1) / rowUnits);
        Parallel.For(0, rowUnits * columnUnits, options, unit =>
        {
            int rowUnit = unit / columnUnits;
            int columnUnit = unit % columnUnits;
            pass.Compute(
                Split(rowPanels, rowUnits, rowUnit), Split(rowPanels, rowUnits, rowUnit + 1),
                Split(columnPanels, columnUnits, columnUnit), Split(columnPanels, columnUnits, columnUnit + 1));
        });
    }

    // Start of part `index` when `count` items are cut into `parts` near-equal parts.
    private static int Split(int count, int parts, int index) => (int)((long)count * index / parts);
}
