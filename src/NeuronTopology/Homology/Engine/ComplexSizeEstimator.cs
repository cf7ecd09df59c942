namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Estimates the peak memory of a persistence computation before it starts, from a sample of vertices. The number
/// of d-simplices containing a sampled vertex v is the number of d-cliques among its neighbours, counted exactly
/// when deg(v) ≤ <see cref="MaxExactDegree"/> and there are at most <see cref="VisitBudget"/> of them, and estimated
/// by random probes otherwise (see <see cref="ProbeCliques"/>). Above that degree the count is
/// C(deg(v), d)·q^C(d, 2), where q is the fraction of pairs of neighbours that are edges: exact for a random graph,
/// but far too low for high dimensions on point clouds, whose neighbourhoods are cliques far more often.
/// </summary>
internal static class ComplexSizeEstimator
{
    private const int SampledVertices = 48;
    private const int SampledPairsPerVertex = 1024;

    // Exact counting needs the deg × deg adjacency of the neighbourhood; 512² distance lookups per sampled vertex.
    private const int MaxExactDegree = 512;

    // Cliques visited per sampled vertex before the count is extrapolated: 48 samples stay below 2·10⁷ visits.
    private const long VisitBudget = 400_000;

    // Random probes per sampled vertex when the budget runs out; each costs at most maxDimension · deg steps.
    private const int ProbeCount = 2048;

    // Bytes per stored simplex: the simplex list (12 bytes), the column list and its unsorted chunks (24 bytes).
    private const int BytesPerStoredSimplex = 36;

    // Columns of the top dimension are stored, in chunks and then one sorted list (24 bytes each), but not the list
    // of all its simplices. Apparent pairs drop most of them, so only the sampled share of columns is counted.
    private const int BytesPerTopDimensionColumn = 24;

    // Per edge: the edge list with the growth of its list (36 bytes) and dimension 0, whose sort, union-find and
    // list of candidate columns allocated 45 to 57 bytes per edge on the homology fixtures.
    private const int BytesPerEdge = 36 + 64;

    // Per column of a reduction: its pivot-map entry (key, value, hash, link and bucket, about 28 bytes at the
    // dictionary's load) and its start in the reduction matrix, with list growth (8 bytes).
    private const int BytesPerReducedColumn = 36;

    // The two working columns of each reducer are heaps of 16-byte entries that double as they grow. A column's
    // coboundary has at most deg(v) entries for any vertex v of it, and a reduction adds the coboundaries of many
    // columns; 160 bytes × n × average degree per reducer covered the heaps of every homology fixture once the
    // top dimension's columns were counted by their sampled share (two_circles needed more than 128).
    // NOTE: counted once per thread, this is loose on many cores: on 4096 points of average degree about 230, a second
    // thread added 115 MiB to the estimate and 6 MB to the measured peak.
    private const int WorkingColumnBytesPerVertexDegree = 160;

    /// <summary>
    /// Returns the estimated bytes the engine allocates after the filtration is built: the distance storage, the
    /// edge list and dimension 0, the simplex and column lists of each dimension, the pivot maps and the working
    /// columns of each reduction.
    /// </summary>
    /// <remarks>
    /// NOTE: the reduction matrix and the repeated entries of the working columns are bounded only by the model
    /// above, because their size depends on how long classes live and not only on the size of the complex. For 400
    /// points of a 2-sphere in dimension 2 at the enclosing radius the engine allocates about 2.2 GB against an
    /// estimate of 0.3 GB. <see cref="ReductionMatrix"/> and <see cref="WorkingColumn"/> enforce the limit as they grow.
    /// </remarks>
    public static long EstimateBytes(RipsFiltration filtration, int maxDimension, long edgeCount, int threads = 1)
    {
        int n = filtration.VertexCount;
        double averageDegree = n == 0 ? 0 : 2.0 * edgeCount / n;
        double reductions = (double)WorkingColumnBytesPerVertexDegree * n * averageDegree * Math.Max(threads, 1)
            + (double)edgeCount * BytesPerReducedColumn;
        double baseBytes = filtration.StorageBytes + (double)edgeCount * BytesPerEdge + (maxDimension >= 1 ? reductions : 0);
        if (n <= 2 || maxDimension <= 1)
            return Saturate(baseBytes);

        var estimatedCounts = new double[maxDimension + 1];
        var random = new Random(20211);
        CoboundaryEnumerator enumerator = filtration.CreateEnumerator(maxDimension);
        int drawnTopSimplices = 0;
        int topColumns = 0;
        var neighbors = new List<int>();
        int samples = Math.Min(SampledVertices, n);
        double samplingBytes = 0;
        for (int s = 0; s < samples; s++)
        {
            int vertex = (int)((long)s * n / samples);
            neighbors.Clear();
            for (int w = 0; w < n; w++)
            {
                if (w != vertex && filtration.Distance(vertex, w) <= filtration.Threshold)
                    neighbors.Add(w);
            }
            var (drawn, columns) = ApparentPairSampler.Sample(filtration, enumerator, vertex, neighbors, maxDimension, random);
            drawnTopSimplices += drawn;
            topColumns += columns;
            if (neighbors.Count <= MaxExactDegree)
            {
                samplingBytes += (double)neighbors.Count * neighbors.Count + (maxDimension + 2) * 4.0 * neighbors.Count;
                double[] cliques = CountCliques(filtration, neighbors, maxDimension, random);
                for (int d = 2; d <= maxDimension; d++)
                    estimatedCounts[d] += cliques[d];
                continue;
            }
            double density = NeighborEdgeDensity(filtration, neighbors, random);
            for (int d = 2; d <= maxDimension; d++)
                estimatedCounts[d] += Choose(neighbors.Count, d) * Math.Pow(density, d * (d - 1) / 2.0);
        }

        // Sampling builds a deg × deg adjacency matrix per sampled vertex of degree at most MaxExactDegree. The share
        // of top-dimensional simplices that stay columns is smoothed by one, so that it stays positive when every
        // drawn simplex is paired.
        double bytes = baseBytes + samplingBytes;
        double topColumnShare = (topColumns + 1.0) / (drawnTopSimplices + 1.0);
        for (int d = 2; d <= maxDimension; d++)
        {
            double count = estimatedCounts[d] * n / samples / (d + 1);
            double columns = d < maxDimension ? count : count * topColumnShare;
            bytes += d < maxDimension ? count * BytesPerStoredSimplex : columns * BytesPerTopDimensionColumn;

            // Each column is reduced, and the working columns are sized by the degree as in dimension 1.
            bytes += columns * BytesPerReducedColumn
                + (double)WorkingColumnBytesPerVertexDegree * n * averageDegree * Math.Max(threads, 1);
        }
        return Saturate(bytes);
    }

    private static long Saturate(double bytes) => bytes >= long.MaxValue ? long.MaxValue : (long)bytes;

    /// <summary>
    /// Returns c[s], the number of s-cliques among <paramref name="neighbors"/> for s = 1..<paramref name="maxSize"/>
    /// (the s-simplices that contain the sampled vertex): exact by enumeration in increasing vertex order while
    /// the budget lasts, otherwise estimated by <see cref="ProbeCliques"/>.
    /// </summary>
    private static double[] CountCliques(RipsFiltration filtration, List<int> neighbors, int maxSize, Random random)
    {
        int degree = neighbors.Count;
        var adjacent = new bool[degree, degree];
        for (int a = 1; a < degree; a++)
        {
            for (int b = 0; b < a; b++)
                adjacent[a, b] = adjacent[b, a] = filtration.Distance(neighbors[a], neighbors[b]) <= filtration.Threshold;
        }

        var counts = new double[maxSize + 1];
        long visits = 0;
        var candidates = new int[maxSize + 1][];
        candidates[0] = Enumerable.Range(0, degree).ToArray();
        bool finished = true;
        for (int root = 0; root < degree && finished; root++)
            finished = Extend(root, candidates[0], root + 1, degree, depth: 1);
        if (!finished)
            ProbeCliques(adjacent, maxSize, random, counts);
        return counts;

        // Counts the clique that adds `vertex` at `depth`, then extends it by later candidates adjacent to all of it.
        bool Extend(int vertex, int[] pool, int start, int poolLength, int depth)
        {
            counts[depth]++;
            if (++visits > VisitBudget)
                return false;
            if (depth == maxSize)
                return true;
            var next = candidates[depth] ??= new int[degree];
            int length = 0;
            for (int p = start; p < poolLength; p++)
            {
                if (adjacent[vertex, pool[p]])
                    next[length++] = pool[p];
            }
            for (int p = 0; p < length; p++)
            {
                if (!Extend(next[p], next, p + 1, length, depth + 1))
                    return false;
            }
            return true;
        }
    }

    /// <summary>
    /// Estimates the clique counts by Knuth's random-probe estimate of a backtracking tree (D. E. Knuth, "Estimating
    /// the efficiency of backtrack programs", Math. Comp. 29, 1975): a probe walks from the root choosing a uniformly
    /// random child, and the product of the branching factors along the way is an unbiased estimate of the number of
    /// nodes at each depth. Here a node at depth s is an s-clique in increasing vertex order.
    /// </summary>
    private static void ProbeCliques(bool[,] adjacent, int maxSize, Random random, double[] counts)
    {
        int degree = adjacent.GetLength(0);
        Array.Clear(counts);
        var pool = new int[degree];
        var next = new int[degree];
        for (int probe = 0; probe < ProbeCount; probe++)
        {
            for (int v = 0; v < degree; v++)
                pool[v] = v;
            int length = degree;
            double weight = 1;
            for (int size = 1; size <= maxSize && length > 0; size++)
            {
                weight *= length;
                counts[size] += weight;
                int position = random.Next(length);
                int chosen = pool[position];
                int nextLength = 0;
                for (int p = position + 1; p < length; p++)
                {
                    if (adjacent[chosen, pool[p]])
                        next[nextLength++] = pool[p];
                }
                (pool, next) = (next, pool);
                length = nextLength;
            }
        }
        for (int size = 1; size <= maxSize; size++)
            counts[size] /= ProbeCount;
    }

    private static double NeighborEdgeDensity(RipsFiltration filtration, List<int> neighbors, Random random)
    {
        int degree = neighbors.Count;
        if (degree < 2)
            return 0;
        int edges = 0;
        int trials = 0;
        long allPairs = (long)degree * (degree - 1) / 2;
        if (allPairs <= SampledPairsPerVertex)
        {
            for (int a = 1; a < degree; a++)
            {
                for (int b = 0; b < a; b++, trials++)
                {
                    if (filtration.Distance(neighbors[a], neighbors[b]) <= filtration.Threshold)
                        edges++;
                }
            }
        }
        else
        {
            for (; trials < SampledPairsPerVertex; trials++)
            {
                int a = random.Next(degree);
                int b = random.Next(degree - 1);
                if (b >= a)
                    b++;
                if (filtration.Distance(neighbors[a], neighbors[b]) <= filtration.Threshold)
                    edges++;
            }
        }
        return (double)edges / trials;
    }

    private static double Choose(int n, int k)
    {
        double result = 1;
        for (int i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return n < k ? 0 : result;
    }
}
