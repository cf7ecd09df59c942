namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Barcodes of a Rips filtration in dimensions 0..k, in the order of Ripser: dimension 0 by union-find, then for
/// each higher dimension reduce its columns and assemble the columns of the next one.
/// </summary>
internal static class RipsPersistence
{
    /// <summary>
    /// Returns the intervals per dimension; zero-length intervals are left out. Sorts <paramref name="edges"/> in place.
    /// </summary>
    /// <exception cref="RipsComplexTooLargeException">A reduction matrix outgrew <paramref name="budget"/>.</exception>
    public static List<PersistenceInterval>[] Compute(RipsFiltration filtration, DiameterIndex[] edges, int maxDimension, int threads, CancellationToken cancellationToken,
        IProgress<RipsProgress>? progress = null, MemoryBudget? budget = null)
    {
        var intervals = new List<PersistenceInterval>[maxDimension + 1];
        for (int dimension = 0; dimension <= maxDimension; dimension++)
            intervals[dimension] = [];

        DiameterIndex[] simplices = edges;
        progress?.Report(new RipsProgress(RipsStage.ZeroDimensional, 0, edges.LongLength));
        DiameterIndex[] columns = ZeroDimensionalPersistence.Compute(filtration, simplices, maxDimension, threads, intervals[0], cancellationToken);

        for (int dimension = 1; dimension <= maxDimension; dimension++)
        {
            var pivots = new Dictionary<long, PivotColumn>(columns.Length);
            progress?.Report(new RipsProgress(RipsStage.Reduction, dimension, columns.LongLength));
            ParallelCohomologyReduction.Reduce(filtration, dimension, maxDimension, columns, pivots, intervals[dimension], threads, cancellationToken, budget);
            if (dimension < maxDimension)
            {
                progress?.Report(new RipsProgress(RipsStage.Assembly, dimension + 1, simplices.LongLength));
                bool keepSimplices = dimension + 1 < maxDimension;
                columns = ColumnAssembler.Assemble(filtration, simplices, dimension + 1, maxDimension, pivots, keepSimplices, threads, budget ?? MemoryBudget.Unlimited,
                    out DiameterIndex[] next, cancellationToken);
                simplices = next;
            }
        }
        return intervals;
    }
}
