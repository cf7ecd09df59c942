namespace NeuronTopology.Homology.Engine;

/// <summary>Runs a loop body over contiguous index ranges on a fixed number of threads.</summary>
internal static class ParallelChunks
{
    // Several chunks per thread balance uneven work (columns differ widely in cost) without much scheduling overhead.
    private const int ChunksPerThread = 16;
    private const int MinChunkLength = 256;

    /// <summary>
    /// Calls <paramref name="body"/>(state, start, end) over a partition of 0..count − 1; each thread creates its
    /// own state with <paramref name="createState"/>. With one thread the ranges run in order on the caller's thread.
    /// </summary>
    public static void For<TState>(int count, int threads, Func<TState> createState, Action<TState, int, int> body, CancellationToken cancellationToken)
    {
        if (count == 0)
            return;
        if (threads <= 1 || count < 2 * MinChunkLength)
        {
            body(createState(), 0, count);
            return;
        }
        int chunkLength = Math.Max(MinChunkLength, (count + threads * ChunksPerThread - 1) / (threads * ChunksPerThread));
        int chunkCount = (count + chunkLength - 1) / chunkLength;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        RethrowingBodyException(() => Parallel.For(0, chunkCount, options, createState, (chunk, _, state) =>
        {
            int start = chunk * chunkLength;
            body(state, start, Math.Min(count, start + chunkLength));
            return state;
        }, _ => { }));
    }

    /// <summary>
    /// Runs a parallel loop and rethrows the first exception its body threw, as on one thread, in place of the
    /// <see cref="AggregateException"/> that Parallel.For wraps it in, so that callers catch the engine's own exceptions.
    /// </summary>
    public static void RethrowingBodyException(Action parallelLoop)
    {
        try
        {
            parallelLoop();
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(aggregate.InnerExceptions[0]);
        }
    }

    /// <summary>Returns the chunk length <see cref="For{TState}"/> uses, so callers can keep per-chunk results in order.</summary>
    public static int ChunkLength(int count, int threads)
        => threads <= 1 || count < 2 * MinChunkLength
            ? Math.Max(count, 1)
            : Math.Max(MinChunkLength, (count + threads * ChunksPerThread - 1) / (threads * ChunksPerThread));
}
