using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// Runs one <see cref="GemmPass{T, TKernel}"/> on the calling thread or spread over worker threads.
/// </summary>
/// <remarks>
/// The pass is cut into a few more units than threads (<see cref="UnitsPerThread"/> each) so that a core
/// slowed by other processes does not hold up the rest; units are whole tiles, so the split cannot change
/// the result. Rows are split first because column splits repack the same A micro-panels in every unit.
/// </remarks>
internal static class GemmScheduler
{
    private const int UnitsPerThread = 4;

    public static void Run<T, TKernel>(GemmPass<T, TKernel> pass, int threads)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TKernel : struct, IGemmMicroKernel<T>
    {
        int rowPanels = pass.RowPanels;
        int columnPanels = pass.ColumnPanels;
        if (threads <= 1)
        {
            pass.PackB(0, columnPanels);
            pass.Compute(0, rowPanels, 0, columnPanels);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        int targetUnits = threads * UnitsPerThread;

        int packUnits = Math.Min(columnPanels, targetUnits);
        Parallel.For(0, packUnits, options, unit =>
            pass.PackB(Split(columnPanels, packUnits, unit), Split(columnPanels, packUnits, unit + 1)));

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
