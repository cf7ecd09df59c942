namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Estimates the peak memory of a persistence computation before it starts, from a sample of vertices: the number
/// of d-simplices containing a vertex v of degree deg(v) is taken as C(deg(v), d)·q^C(d, 2), where q is the fraction
/// of pairs of neighbours of v that are edges themselves (exact for a random graph, close for point clouds).
/// </summary>
internal static class ComplexSizeEstimator
{
    private const int SampledVertices = 48;
    private const int SampledPairsPerVertex = 1024;

    // Bytes per stored simplex: the simplex list (12 bytes), the column list and its unsorted chunks (24 bytes).
    private const int BytesPerStoredSimplex = 36;

    // Columns of the top dimension (12 bytes each) are stored, but not the list of all its simplices; apparent
    // pairs usually drop most columns, so counting half of them keeps the estimate from rejecting feasible input.
    private const int BytesPerTopDimensionSimplex = 6;

    /// <summary>Returns the estimated peak bytes: distance storage plus simplex and column lists.</summary>
    /// <remarks>
    /// NOTE: the reduction matrix and the working columns are not estimated. They dominate on dense complexes, for
    /// example 400 points of a 2-sphere in dimension 2 at the enclosing radius: estimate 64 MB, measured peak 1.7 GB.
    /// </remarks>
    public static long EstimateBytes(RipsFiltration filtration, int maxDimension, long edgeCount)
    {
        int n = filtration.VertexCount;
        if (n <= 2 || maxDimension <= 1)
            return filtration.StorageBytes + edgeCount * BytesPerStoredSimplex;

        var estimatedCounts = new double[maxDimension + 1];
        var random = new Random(20211);
        var neighbors = new List<int>();
        int samples = Math.Min(SampledVertices, n);
        for (int s = 0; s < samples; s++)
        {
            int vertex = (int)((long)s * n / samples);
            neighbors.Clear();
            for (int w = 0; w < n; w++)
            {
                if (w != vertex && filtration.Distance(vertex, w) <= filtration.Threshold)
                    neighbors.Add(w);
            }
            double density = NeighborEdgeDensity(filtration, neighbors, random);
            for (int d = 2; d <= maxDimension; d++)
                estimatedCounts[d] += Choose(neighbors.Count, d) * Math.Pow(density, d * (d - 1) / 2.0);
        }

        double bytes = filtration.StorageBytes + (double)edgeCount * BytesPerStoredSimplex;
        for (int d = 2; d <= maxDimension; d++)
        {
            double count = estimatedCounts[d] * n / samples / (d + 1);
            bytes += count * (d < maxDimension ? BytesPerStoredSimplex : BytesPerTopDimensionSimplex);
        }
        return bytes >= long.MaxValue ? long.MaxValue : (long)bytes;
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
