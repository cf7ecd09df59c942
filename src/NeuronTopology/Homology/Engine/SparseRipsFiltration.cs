namespace NeuronTopology.Homology.Engine;

/// <summary>
/// A Rips filtration over the edges no longer than the threshold, stored as adjacency lists (compressed rows)
/// with each vertex's neighbours in decreasing order, so that cofacets come from intersecting neighbour lists.
/// </summary>
internal sealed class SparseRipsFiltration : RipsFiltration
{
    public SparseRipsFiltration(int[] rowStarts, int[] neighbors, float[] neighborDistances, int vertexCount, float threshold,
        BinomialCoefficientTable binomial, PrimeField field, float[]? lowerTriangle = null)
        : base(vertexCount, threshold, binomial, field)
    {
        RowStarts = rowStarts;
        Neighbors = neighbors;
        NeighborDistances = neighborDistances;
        LowerTriangle = lowerTriangle;
    }

    /// <summary>
    /// The full distance triangle when the input had one: it turns distance queries into array lookups, so that
    /// cofacets are found by scanning one neighbour list and looking up the other distances.
    /// </summary>
    public float[]? LowerTriangle { get; }

    /// <summary>Neighbours of vertex i are at RowStarts[i]..RowStarts[i + 1] − 1.</summary>
    public int[] RowStarts { get; }

    /// <summary>Neighbour vertices, decreasing within each row.</summary>
    public int[] Neighbors { get; }

    /// <summary>Edge lengths, parallel to <see cref="Neighbors"/>.</summary>
    public float[] NeighborDistances { get; }

    public override long StorageBytes
        => (long)Neighbors.Length * (sizeof(int) + sizeof(float)) + (long)RowStarts.Length * sizeof(int) + (LowerTriangle?.LongLength ?? 0) * sizeof(float);

    public override float Distance(int i, int j)
    {
        if (LowerTriangle is { } triangle)
        {
            float distance = i > j ? triangle[(long)i * (i - 1) / 2 + j] : triangle[(long)j * (j - 1) / 2 + i];
            return distance <= Threshold ? distance : float.PositiveInfinity;
        }

        // Binary search in the row of i, which is sorted in decreasing vertex order.
        int low = RowStarts[i];
        int high = RowStarts[i + 1] - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int vertex = Neighbors[middle];
            if (vertex == j)
                return NeighborDistances[middle];
            if (vertex > j)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return float.PositiveInfinity;
    }

    public override DiameterIndex[] Edges()
    {
        var edges = new DiameterIndex[Neighbors.Length / 2];
        int count = 0;
        for (int i = 0; i < VertexCount; i++)
        {
            long rowIndex = Binomial[i, 2];
            for (int position = RowStarts[i + 1] - 1; position >= RowStarts[i] && Neighbors[position] < i; position--)
                edges[count++] = new DiameterIndex(rowIndex + Neighbors[position], NeighborDistances[position]);
        }
        return edges;
    }

    public override CoboundaryEnumerator CreateEnumerator(int maxDimension) => new SparseCoboundaryEnumerator(this, maxDimension);

    /// <summary>
    /// Builds the adjacency lists from edges (i &gt; j) grouped by row: <paramref name="lowerRows"/>[i] lists the
    /// neighbours j &lt; i of i with their lengths, every one ≤ threshold.
    /// </summary>
    public static SparseRipsFiltration FromLowerRows(IReadOnlyList<(int[] Vertices, float[] Distances)> lowerRows, float threshold,
        BinomialCoefficientTable binomial, PrimeField field, float[]? lowerTriangle = null)
    {
        int n = lowerRows.Count;
        var degree = new int[n];
        for (int i = 0; i < n; i++)
        {
            degree[i] += lowerRows[i].Vertices.Length;
            foreach (int j in lowerRows[i].Vertices)
                degree[j]++;
        }
        var rowStarts = new int[n + 1];
        for (int i = 0; i < n; i++)
            rowStarts[i + 1] = checked(rowStarts[i] + degree[i]);
        var neighbors = new int[rowStarts[n]];
        var distances = new float[rowStarts[n]];
        var fill = (int[])rowStarts.Clone();

        // Visiting rows in decreasing i appends the neighbours above j to row j in decreasing order.
        // The neighbours below j are appended after them, also in decreasing order.
        for (int i = n - 1; i >= 0; i--)
        {
            var (vertices, lengths) = lowerRows[i];
            for (int t = 0; t < vertices.Length; t++)
            {
                int j = vertices[t];
                neighbors[fill[j]] = i;
                distances[fill[j]++] = lengths[t];
            }
        }
        for (int i = 0; i < n; i++)
        {
            var (vertices, lengths) = lowerRows[i];
            int start = fill[i];
            vertices.CopyTo(neighbors, start);
            lengths.CopyTo(distances, start);
            // Lower neighbours arrive in increasing order; reverse them into decreasing order.
            Array.Reverse(neighbors, start, vertices.Length);
            Array.Reverse(distances, start, vertices.Length);
        }
        return new SparseRipsFiltration(rowStarts, neighbors, distances, n, threshold, binomial, field, lowerTriangle);
    }
}
