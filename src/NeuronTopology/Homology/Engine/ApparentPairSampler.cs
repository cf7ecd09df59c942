namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Samples random d-simplices around a vertex and counts those that stay columns of the reduction in dimension d,
/// the others being in a zero-persistence apparent pair, which column assembly drops (Bauer 2021). On a dense cloud in
/// low ambient dimension nearly every simplex has a cofacet of equal diameter, so only a small share of the
/// top-dimensional simplices become columns. Counting half of them overestimated a 4096-point 3-D cloud 45 times.
/// </summary>
internal static class ApparentPairSampler
{
    // Random walks per sampled vertex: with 48 sampled vertices, about 3000 simplices per estimate.
    private const int WalksPerVertex = 64;

    /// <summary>
    /// Draws <see cref="WalksPerVertex"/> random <paramref name="dimension"/>-simplices containing
    /// <paramref name="vertex"/>, each by a random walk that adds a random common neighbour of the vertices chosen so
    /// far, and returns how many simplices were drawn and how many of them are in no apparent pair. Walks that find
    /// no common neighbour draw nothing. The walk favours simplices in sparse parts of the neighbourhood, so the share
    /// is an estimate, not an unbiased sample.
    /// </summary>
    public static (int Drawn, int Columns) Sample(RipsFiltration filtration, CoboundaryEnumerator enumerator, int vertex,
        List<int> neighbors, int dimension, Random random)
    {
        var pool = new int[neighbors.Count];
        var next = new int[neighbors.Count];
        var vertices = new int[dimension + 1];
        int drawn = 0;
        int columns = 0;
        for (int walk = 0; walk < WalksPerVertex; walk++)
        {
            if (!Walk(filtration, vertex, neighbors, random, pool, next, vertices))
                continue;

            Array.Sort(vertices);
            var simplex = new DiameterEntry(filtration.Binomial.Index(vertices), Diameter(filtration, vertices), 1);
            drawn++;
            if (!enumerator.IsInZeroApparentPair(simplex, vertices))
                columns++;
        }
        return (drawn, columns);
    }

    private static bool Walk(RipsFiltration filtration, int vertex, List<int> neighbors, Random random, int[] pool, int[] next, int[] vertices)
    {
        neighbors.CopyTo(pool);
        int length = neighbors.Count;
        vertices[0] = vertex;
        for (int size = 1; size < vertices.Length; size++)
        {
            if (length == 0)
                return false;
            int chosen = pool[random.Next(length)];
            vertices[size] = chosen;
            int remaining = 0;
            for (int p = 0; p < length; p++)
            {
                if (pool[p] != chosen && filtration.Distance(chosen, pool[p]) <= filtration.Threshold)
                    next[remaining++] = pool[p];
            }
            (pool, next) = (next, pool);
            length = remaining;
        }
        return true;
    }

    private static float Diameter(RipsFiltration filtration, int[] vertices)
    {
        float diameter = 0;
        for (int a = 1; a < vertices.Length; a++)
        {
            for (int b = 0; b < a; b++)
                diameter = Math.Max(diameter, filtration.Distance(vertices[a], vertices[b]));
        }
        return diameter;
    }
}
