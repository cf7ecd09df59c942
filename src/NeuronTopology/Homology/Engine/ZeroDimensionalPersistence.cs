namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Dimension 0 by Kruskal's algorithm with union-find: an edge that joins two components kills one of them
/// (interval [0, length)); the other edges are the columns of dimension 1, less those in apparent pairs.
/// </summary>
internal static class ZeroDimensionalPersistence
{
    /// <summary>
    /// Appends the 0-dimensional intervals (finite ones in order of death, then one [0, ∞) per component left at
    /// the threshold) and returns the edges, sorted in reverse filtration order, that dimension 1 must reduce.
    /// </summary>
    public static DiameterIndex[] Compute(RipsFiltration filtration, DiameterIndex[] edges, int maxDimension, int threads,
        List<PersistenceInterval> intervals, CancellationToken cancellationToken)
    {
        // Reverse filtration order; walking it backwards visits edges by increasing length, larger index first on ties.
        ParallelSort.Sort(edges, threads);
        var components = new UnionFind(filtration.VertexCount);
        var binomial = filtration.Binomial;
        var candidates = new List<DiameterIndex>();
        for (int position = edges.Length - 1; position >= 0; position--)
        {
            DiameterIndex edge = edges[position];
            int u = binomial.MaxVertex(edge.Index, 2, filtration.VertexCount - 1);
            int v = (int)(edge.Index - binomial[u, 2]);
            int rootU = components.Find(u);
            int rootV = components.Find(v);
            if (rootU != rootV)
            {
                if (edge.Diameter != 0)
                    intervals.Add(new PersistenceInterval(0, edge.Diameter));
                components.Link(rootU, rootV);
            }
            else if (maxDimension >= 1)
            {
                candidates.Add(edge);
            }
        }
        for (int vertex = 0; vertex < filtration.VertexCount; vertex++)
        {
            if (components.Find(vertex) == vertex)
                intervals.Add(new PersistenceInterval(0, double.PositiveInfinity));
        }
        cancellationToken.ThrowIfCancellationRequested();

        // An edge paired with a triangle of the same diameter as an apparent pair needs no reduction.
        var keep = new bool[candidates.Count];
        ParallelChunks.For(candidates.Count, threads, () => filtration.CreateEnumerator(maxDimension), (enumerator, start, end) =>
        {
            for (int i = start; i < end; i++)
                keep[i] = enumerator.ZeroApparentCofacet(candidates[i].WithCoefficient(1), 1).IsNone;
        }, cancellationToken);
        var columns = new List<DiameterIndex>(candidates.Count);
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            if (keep[i])
                columns.Add(candidates[i]);
        }
        return columns.ToArray();
    }
}
