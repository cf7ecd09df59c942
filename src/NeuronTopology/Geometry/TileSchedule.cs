namespace NeuronTopology.Geometry;

/// <summary>
/// The upper-triangular tile pairs (row tile ≤ column tile) of an all-pairs computation, run in
/// parallel with one result slot per tile pair so that results can be combined in a fixed order.
/// </summary>
internal static class TileSchedule
{
    /// <summary>Tile pairs (row, column) with row ≤ column, in row-major order.</summary>
    public static (int Row, int Column)[] UpperTriangle(int tileCount)
    {
        var pairs = new (int, int)[tileCount * (tileCount + 1) / 2];
        int index = 0;
        for (int row = 0; row < tileCount; row++)
        {
            for (int column = row; column < tileCount; column++)
                pairs[index++] = (row, column);
        }
        return pairs;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for every tile pair on up to <paramref name="threads"/> threads
    /// (0: one per processor), each worker with its own state from <paramref name="createState"/>.
    /// </summary>
    public static void Run<TState>(int tileCount, int threads, Func<TState> createState, Action<int, (int Row, int Column), TState> body)
    {
        (int Row, int Column)[] pairs = UpperTriangle(tileCount);
        var options = new ParallelOptions { MaxDegreeOfParallelism = ResolveThreads(threads) };
        Parallel.For(
            0,
            pairs.Length,
            options,
            createState,
            (task, _, state) =>
            {
                body(task, pairs[task], state);
                return state;
            },
            _ => { });
    }

    /// <summary>Maps 0 to <see cref="Environment.ProcessorCount"/>.</summary>
    public static int ResolveThreads(int threads) => threads == 0 ? Environment.ProcessorCount : threads;
}
