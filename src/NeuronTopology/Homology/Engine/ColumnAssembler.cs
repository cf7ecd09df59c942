namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Lists the simplices of the next dimension and, among them, the columns the next reduction must process:
/// clearing drops simplices that are already pivots (they are the death simplices of the dimension below, whose
/// columns are known to reduce to zero), and apparent pairs drop simplices whose pairing is known without reduction.
/// </summary>
internal static class ColumnAssembler
{
    // Bytes of one listed simplex or column: its long index and float diameter, padded to 16.
    private static readonly int DiameterIndexBytes = System.Runtime.CompilerServices.Unsafe.SizeOf<DiameterIndex>();

    // Entries a worker lists between two updates of the shared count.
    private const int CountingStride = 4096;

    /// <summary>
    /// Enumerates the <paramref name="dimension"/>-simplices ≤ threshold as cofacets of <paramref name="facets"/>
    /// (all (dimension − 1)-simplices ≤ threshold). Returns the columns in reverse filtration order; when
    /// <paramref name="keepSimplices"/> is set, also returns all the simplices in <paramref name="simplices"/>.
    /// </summary>
    /// <exception cref="RipsComplexTooLargeException">The columns and kept simplices outgrow <paramref name="budget"/> while they are listed.</exception>
    public static DiameterIndex[] Assemble(RipsFiltration filtration, DiameterIndex[] facets, int dimension, int maxDimension,
        IReadOnlyDictionary<long, PivotColumn> pivots, bool keepSimplices, int threads, MemoryBudget budget, out DiameterIndex[] simplices,
        CancellationToken cancellationToken)
    {
        // The estimate made before the computation only samples how many simplices apparent pairs drop, so it can
        // miss. The lists are therefore checked as they grow, counting the chunk lists and the final array per entry.
        long listed = 0;
        void Count(int entries)
        {
            long total = Interlocked.Add(ref listed, entries);
            long bytes = total * 2 * DiameterIndexBytes;
            if (bytes > budget.LimitBytes)
            {
                throw new RipsComplexTooLargeException(bytes, budget.LimitBytes, budget.MaxDimension, budget.Threshold,
                    $"The columns and simplices of dimension {dimension} alone reached {total} while they were listed, more than the estimate " +
                    "made before the computation allowed for. Lower the threshold or the homology dimension.");
            }
        }

        int chunkLength = ParallelChunks.ChunkLength(facets.Length, threads);
        int chunkCount = (facets.Length + chunkLength - 1) / chunkLength;
        var columnChunks = new List<DiameterIndex>[chunkCount];
        var simplexChunks = new List<DiameterIndex>[chunkCount];

        ParallelChunks.For(facets.Length, threads, () => filtration.CreateEnumerator(maxDimension), (enumerator, start, end) =>
        {
            var columns = new List<DiameterIndex>();
            var all = keepSimplices ? new List<DiameterIndex>() : null;
            var cofacetVertices = new int[dimension + 1];
            int counted = 0;
            for (int i = start; i < end; i++)
            {
                int count = enumerator.Enumerate(facets[i].WithCoefficient(1), dimension - 1, onlyAboveTop: true);
                // Each cofacet adds a vertex above the facet's top one, so its vertices are the facet's plus that vertex.
                enumerator.Vertices.AsSpan(0, dimension).CopyTo(cofacetVertices);
                int listedHere = columns.Count + (all?.Count ?? 0);
                if (listedHere - counted >= CountingStride)
                {
                    Count(listedHere - counted);
                    counted = listedHere;
                }
                for (int c = 0; c < count; c++)
                {
                    DiameterEntry cofacet = enumerator.Buffer[c];
                    all?.Add(cofacet.Simplex);
                    if (pivots.ContainsKey(cofacet.Index))
                        continue;
                    cofacetVertices[dimension] = enumerator.InsertedVertices[c];
                    if (!enumerator.IsInZeroApparentPair(cofacet, cofacetVertices))
                        columns.Add(cofacet.Simplex);
                }
            }
            columnChunks[start / chunkLength] = columns;
            simplexChunks[start / chunkLength] = all ?? [];
        }, cancellationToken);

        simplices = keepSimplices ? Concatenate(simplexChunks) : [];
        var result = Concatenate(columnChunks);
        ParallelSort.Sort(result, threads);
        return result;
    }

    private static DiameterIndex[] Concatenate(List<DiameterIndex>?[] chunks)
    {
        long total = 0;
        foreach (var chunk in chunks)
            total += chunk?.Count ?? 0;
        var result = new DiameterIndex[total];
        int offset = 0;
        foreach (var chunk in chunks)
        {
            if (chunk is null)
                continue;
            chunk.CopyTo(result, offset);
            offset += chunk.Count;
        }
        return result;
    }
}
