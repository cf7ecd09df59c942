namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Chooses the threshold and the storage of a Rips filtration. With no threshold the enclosing radius
/// min_i max_j d(i, j) is used, as Ripser does: from there on the complex is a cone, so no class is born or dies
/// later. A requested threshold above the enclosing radius is lowered to it for the same reason, which leaves every
/// interval unchanged. The filtration is stored sparse (adjacency lists) when at most a quarter of all pairs are
/// edges, which then also takes less memory than the dense triangle, and dense otherwise.
/// </summary>
internal static class RipsFiltrationBuilder
{
    /// <summary>The filtration is stored sparse when at most 1 / this of all pairs are edges.</summary>
    public const int SparseEdgeFractionDenominator = 4;

    // NOTE: a heuristic from timing o3 and torus clouds of 1024 to 4096 points on one AMD EPYC machine: with a
    // 2 MB triangle lookups were up to 30% faster, with 8 MB and 33 MB ones up to 25% slower.
    public const long MaxLookupTriangleBytes = 4L << 20;

    /// <summary>Builds the filtration over a full distance matrix given as its float lower triangle.</summary>
    public static RipsFiltration FromLowerTriangle(float[] triangle, int count, double? threshold, BinomialCoefficientTable binomial,
        PrimeField field, out double reportedThreshold)
    {
        float enclosingRadius = EnclosingRadius(triangle, count);
        float effective = threshold is null ? enclosingRadius : Math.Min((float)threshold.Value, enclosingRadius);
        reportedThreshold = threshold ?? enclosingRadius;

        long edgeCount = 0;
        foreach (float distance in triangle)
        {
            if (distance <= effective)
                edgeCount++;
        }
        if (edgeCount * SparseEdgeFractionDenominator > triangle.LongLength)
            return new DenseRipsFiltration(triangle, count, effective, binomial, field);

        var rows = new (int[] Vertices, float[] Distances)[count];
        var vertices = new List<int>();
        var distances = new List<float>();
        for (int i = 0; i < count; i++)
        {
            vertices.Clear();
            distances.Clear();
            long rowStart = (long)i * (i - 1) / 2;
            for (int j = 0; j < i; j++)
            {
                float distance = triangle[rowStart + j];
                if (distance <= effective)
                {
                    vertices.Add(j);
                    distances.Add(distance);
                }
            }
            rows[i] = (vertices.ToArray(), distances.ToArray());
        }
        // Lookups in the triangle beat merging neighbour lists only while the triangle stays in cache.
        float[]? lookupTriangle = triangle.LongLength * sizeof(float) <= MaxLookupTriangleBytes ? triangle : null;
        return SparseRipsFiltration.FromLowerRows(rows, effective, binomial, field, lookupTriangle);
    }

    /// <summary>Builds the filtration over the edges of a sparse matrix; absent pairs are at infinite distance.</summary>
    public static RipsFiltration FromSparse(SparseDistanceMatrix matrix, double? threshold, BinomialCoefficientTable binomial,
        PrimeField field, out double reportedThreshold)
    {
        int count = matrix.Count;
        var rowMaximum = new float[count];
        var degree = new int[count];
        foreach (var (i, j, distance) in matrix.Edges)
        {
            float length = (float)distance;
            rowMaximum[i] = Math.Max(rowMaximum[i], length);
            rowMaximum[j] = Math.Max(rowMaximum[j], length);
            degree[i]++;
            degree[j]++;
        }
        float enclosingRadius = count <= 1 ? 0 : float.PositiveInfinity;
        for (int i = 0; i < count; i++)
        {
            if (degree[i] == count - 1)
                enclosingRadius = Math.Min(enclosingRadius, rowMaximum[i]);
        }
        float effective = threshold is null ? enclosingRadius : Math.Min((float)threshold.Value, enclosingRadius);
        reportedThreshold = threshold ?? enclosingRadius;

        var lower = new List<(int Vertex, float Distance)>[count];
        for (int i = 0; i < count; i++)
            lower[i] = [];
        foreach (var (i, j, distance) in matrix.Edges)
        {
            float length = (float)distance;
            if (length <= effective)
                lower[Math.Max(i, j)].Add((Math.Min(i, j), length));
        }
        var rows = new (int[] Vertices, float[] Distances)[count];
        for (int i = 0; i < count; i++)
        {
            lower[i].Sort((a, b) => a.Vertex.CompareTo(b.Vertex));
            rows[i] = (lower[i].Select(e => e.Vertex).ToArray(), lower[i].Select(e => e.Distance).ToArray());
        }
        return SparseRipsFiltration.FromLowerRows(rows, effective, binomial, field);
    }

    /// <summary>Returns min over i of max over j of d(i, j); zero for fewer than two points.</summary>
    public static float EnclosingRadius(float[] triangle, int count)
    {
        if (count <= 1)
            return 0;
        var rowMaximum = new float[count];
        long position = 0;
        for (int i = 1; i < count; i++)
        {
            float maximum = rowMaximum[i];
            for (int j = 0; j < i; j++, position++)
            {
                float distance = triangle[position];
                if (distance > maximum)
                    maximum = distance;
                if (distance > rowMaximum[j])
                    rowMaximum[j] = distance;
            }
            rowMaximum[i] = maximum;
        }
        return rowMaximum.Min();
    }
}
