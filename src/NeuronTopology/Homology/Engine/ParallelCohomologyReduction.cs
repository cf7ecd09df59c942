namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Column reduction on several threads, in batches of consecutive columns. Within a batch every column is first
/// reduced in parallel against the pivots of earlier batches, which are final and only read. Then, in column order,
/// each column either keeps its pivot or, when an earlier column of the same batch took that pivot, resumes its
/// reduction against all pivots. Adding only earlier columns keeps the reduction valid, and the pivots of a reduced
/// matrix do not depend on which earlier columns were added, so the intervals equal those of the sequential
/// reduction. This is the batch form of the lock-free reduction that giotto-ph builds on (Morozov and Nigmetov,
/// "Towards lockfree persistent homology", ACM SPAA).
/// </summary>
internal static class ParallelCohomologyReduction
{
    // Fixed, so that the work each column does never depends on the thread count.
    private const int BatchSize = 1024;

    public static void Reduce(RipsFiltration filtration, int dimension, int maxDimension, DiameterIndex[] columns,
        Dictionary<long, PivotColumn> pivots, List<PersistenceInterval> intervals, int threads, CancellationToken cancellationToken,
        MemoryBudget? budget = null)
    {
        budget ??= MemoryBudget.Unlimited;
        var reduction = new ReductionMatrix(budget, dimension);
        var committer = new CohomologyReducer(filtration, dimension, maxDimension, budget);
        if (threads <= 1 || columns.Length < 2 * BatchSize)
        {
            committer.Reduce(columns, pivots, reduction, intervals, cancellationToken);
            return;
        }

        var batchPivots = new DiameterEntry[BatchSize];
        var batchEntries = new DiameterEntry[BatchSize][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var reducers = new System.Collections.Concurrent.ConcurrentBag<CohomologyReducer>();

        for (int batchStart = 0; batchStart < columns.Length; batchStart += BatchSize)
        {
            int batchLength = Math.Min(BatchSize, columns.Length - batchStart);
            int start = batchStart;
            // A working column that outgrows the budget throws RipsComplexTooLargeException, as on one thread.
            ParallelChunks.RethrowingBodyException(() => Parallel.For(0, batchLength, options,
                () => reducers.TryTake(out var reducer) ? reducer : new CohomologyReducer(filtration, dimension, maxDimension, budget),
                (offset, _, reducer) =>
                {
                    batchPivots[offset] = reducer.ReduceAgainst(columns, start + offset, pivots, reduction);
                    batchEntries[offset] = reducer.TakeReductionEntries();
                    return reducer;
                },
                reducers.Add));

            for (int offset = 0; offset < batchLength; offset++)
            {
                int index = batchStart + offset;
                DiameterEntry pivot = batchPivots[offset];
                DiameterEntry[] entries = batchEntries[offset];
                if (!pivot.IsNone && pivots.ContainsKey(pivot.Index))
                {
                    pivot = committer.Resume(columns, index, entries, pivots, reduction);
                }
                else
                {
                    // Hand the entries to the committer's working column, which Record empties into the matrix.
                    pivot = committer.Adopt(entries, pivot);
                }
                committer.Record(columns[index], index, pivot, pivots, reduction, intervals);
            }
        }
    }
}
