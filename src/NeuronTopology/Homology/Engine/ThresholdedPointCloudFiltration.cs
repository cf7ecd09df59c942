namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Builds the sparse filtration of a point cloud under a threshold straight from the points, without the full
/// distance triangle. The triangle of n points takes 2n² bytes however few pairs lie under the threshold, and on a
/// large cloud it would only be read once to pick the edges and then dropped.
/// </summary>
internal static class ThresholdedPointCloudFiltration
{
    /// <summary>
    /// Returns the filtration, or null when the triangle path must be taken instead. That happens when more than a
    /// quarter of the pairs lie under the effective threshold, because the filtration is then stored dense, or when a
    /// distance overflows the float range, because the triangle path names the pair. Distances and threshold rules equal those of
    /// <see cref="RipsFiltrationBuilder.FromLowerTriangle"/>.
    /// </summary>
    /// <param name="coordinates">The points as 32-bit floats, row-major, <paramref name="count"/> × <paramref name="dimension"/>.</param>
    public static RipsFiltration? TryBuild(float[] coordinates, int count, int dimension, double threshold, int threads,
        BinomialCoefficientTable binomial, PrimeField field, CancellationToken cancellationToken)
    {
        float requested = (float)threshold;
        var rows = new (int[] Vertices, float[] Distances)[count];
        var rowMaximum = new float[count];
        bool overflow = false;
        var gate = new object();

        // Each row i stores its pairs (i, j < i) under the threshold and its maximum over j < i; the maxima over
        // j > i come from other rows, so each worker keeps its own column maxima and merges them at the end.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(threads, 1), CancellationToken = cancellationToken };
        Parallel.For(0, count, options, () => new float[count], (i, _, columnMaximum) =>
        {
            var vertices = new List<int>();
            var distances = new List<float>();
            float maximum = 0;
            ReadOnlySpan<float> point = coordinates.AsSpan(i * dimension, dimension);
            for (int j = 0; j < i; j++)
            {
                float distance = EuclideanDistances.Distance(point, coordinates.AsSpan(j * dimension, dimension));
                if (float.IsPositiveInfinity(distance))
                    overflow = true;
                maximum = Math.Max(maximum, distance);
                columnMaximum[j] = Math.Max(columnMaximum[j], distance);
                if (distance <= requested)
                {
                    vertices.Add(j);
                    distances.Add(distance);
                }
            }
            rows[i] = (vertices.ToArray(), distances.ToArray());
            columnMaximum[i] = Math.Max(columnMaximum[i], maximum);
            return columnMaximum;
        }, columnMaximum =>
        {
            lock (gate)
            {
                for (int v = 0; v < count; v++)
                    rowMaximum[v] = Math.Max(rowMaximum[v], columnMaximum[v]);
            }
        });
        if (overflow)
            return null;

        float enclosingRadius = count <= 1 ? 0 : rowMaximum.Min();
        float effective = Math.Min(requested, enclosingRadius);
        long edgeCount = 0;
        for (int i = 0; i < count; i++)
        {
            if (effective < requested)
                rows[i] = Keep(rows[i], effective);
            edgeCount += rows[i].Vertices.Length;
        }
        long pairs = (long)count * (count - 1) / 2;
        if (edgeCount * RipsFiltrationBuilder.SparseEdgeFractionDenominator > pairs)
            return null;
        return SparseRipsFiltration.FromLowerRows(rows, effective, binomial, field);
    }

    private static (int[] Vertices, float[] Distances) Keep((int[] Vertices, float[] Distances) row, float threshold)
    {
        int kept = row.Distances.Count(distance => distance <= threshold);
        var vertices = new int[kept];
        var distances = new float[kept];
        int position = 0;
        for (int k = 0; k < row.Vertices.Length; k++)
        {
            if (row.Distances[k] > threshold)
                continue;
            vertices[position] = row.Vertices[k];
            distances[position] = row.Distances[k];
            position++;
        }
        return (vertices, distances);
    }
}
