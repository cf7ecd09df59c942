namespace NeuronTopology.Geometry;

/// <summary>
/// Bi-Lipschitz constants of the map between two clouds of the same neurons, neuron i ↦ neuron i,
/// over all pairs. Yang, Poggio, Chuang and Ziyin (arXiv 2510.02670) show that a
/// permutation-equivariant learning rule moves every neuron by one shared map. While ηK &lt; 1 its lower
/// constant is at least 1 − ηK per step, so no two neurons can meet.
/// </summary>
public static class BiLipschitz
{
    /// <summary>
    /// Computes L₋ = min and L₊ = max over pairs i &lt; j of ‖θ′ᵢ − θ′ⱼ‖ / ‖θᵢ − θⱼ‖ in float64, with the
    /// pairs that attain them, and counts the pairs that coincide in <paramref name="before"/>.
    /// </summary>
    /// <remarks>
    /// Every pair is examined. Each squared distance is within a relative 1e-12 of its exact value: from
    /// dimension 16 on it comes from the Gram identity, with close pairs recomputed by direct
    /// differences. The reported pairs are always recomputed by direct differences, so a reported
    /// constant is the ratio of a pair whose ratio is within about 2e-12 relative of the true extreme. Ties go to the
    /// smallest (i, j), so the result is the same for every thread count. Cost: n(n − 1)·d
    /// multiply-adds for both clouds together, on all threads.
    /// </remarks>
    /// <param name="before">The first cloud, θ.</param>
    /// <param name="after">The second cloud, θ′, with the same neurons in the same order.</param>
    /// <param name="options">Threads, number of extreme pairs and the optional bound 1 − ηK; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">A cloud is null.</exception>
    /// <exception cref="ArgumentException">The clouds differ in count or dimension, or a coordinate is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Threads is negative, the extreme pair count is below 1, or the bound is not finite.</exception>
    public static BiLipschitzResult Compute(PointCloud before, PointCloud after, BiLipschitzOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        options ??= new BiLipschitzOptions();
        ValidateOptions(options);
        CloudValidation.RequireSameShape(before, after, nameof(after));
        CloudValidation.RequireFinite(before, nameof(before));
        CloudValidation.RequireFinite(after, nameof(after));

        var distancesBefore = new SquaredDistanceTiles(before);
        var distancesAfter = new SquaredDistanceTiles(after);
        TileExtremes[] tiles = ScanTiles(distancesBefore, distancesAfter, options);

        var lowest = new PairRanking(options.ExtremePairCount, descending: false);
        var highest = new PairRanking(options.ExtremePairCount, descending: true);
        long coincidentCount = 0;
        long separatedCount = 0;
        (int First, int Second)? coincident = null;
        (int First, int Second)? separated = null;
        foreach (TileExtremes tile in tiles)
        {
            lowest.Merge(tile.Lowest);
            highest.Merge(tile.Highest);
            coincidentCount += tile.CoincidentCount;
            if (tile.FirstCoincident is { } pair && (coincident is null || pair.CompareTo(coincident.Value) < 0))
                coincident = pair;
            separatedCount += tile.SeparatedCount;
            if (tile.FirstSeparated is { } apart && (separated is null || apart.CompareTo(separated.Value) < 0))
                separated = apart;
        }

        return new BiLipschitzResult(
            before.Count,
            before.Dimension,
            Recompute(lowest, before, after, descending: false),
            Recompute(highest, before, after, descending: true),
            coincidentCount,
            coincident is { } c ? ExactPair(c.First, c.Second, before, after) : null,
            separatedCount,
            separated is { } p ? ExactPair(p.First, p.Second, before, after) : null,
            options.ContractionBound);
    }

    /// <summary>Exact distances of one pair in both clouds by direct differences.</summary>
    internal static NeuronPair ExactPair(int first, int second, PointCloud before, PointCloud after) =>
        new(first,
            second,
            Math.Sqrt(GramKernel.SquaredDistance(before[first], before[second])),
            Math.Sqrt(GramKernel.SquaredDistance(after[first], after[second])));

    private static void ValidateOptions(BiLipschitzOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads, nameof(options.Threads));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ExtremePairCount, 1, nameof(options.ExtremePairCount));
        if (options.ContractionBound is { } bound && !double.IsFinite(bound))
            throw new ArgumentOutOfRangeException(nameof(options.ContractionBound), bound, "The bound 1 − ηK must be a finite number.");
    }

    private static TileExtremes[] ScanTiles(SquaredDistanceTiles before, SquaredDistanceTiles after, BiLipschitzOptions options)
    {
        int tileCount = before.TileCount;
        var results = new TileExtremes[tileCount * (tileCount + 1) / 2];
        TileSchedule.Run(
            tileCount,
            options.Threads,
            () => new TileBuffers(before),
            (task, tile, buffers) => results[task] = ScanTile(before, after, tile.Row, tile.Column, buffers, options.ExtremePairCount));
        return results;
    }

    private static TileExtremes ScanTile(
        SquaredDistanceTiles before, SquaredDistanceTiles after, int rowTile, int columnTile, TileBuffers buffers, int capacity)
    {
        before.Fill(rowTile, columnTile, buffers.Before, buffers.Scratch);
        after.Fill(rowTile, columnTile, buffers.After, buffers.Scratch);

        var extremes = new TileExtremes(capacity);
        int size = SquaredDistanceTiles.TileSize;
        int rowStart = rowTile * size;
        int columnStart = columnTile * size;
        int rowEnd = Math.Min(rowStart + size, before.Count);
        int columnEnd = Math.Min(columnStart + size, before.Count);
        for (int i = rowStart; i < rowEnd; i++)
        {
            // On a diagonal tile only j > i, so that every pair is seen once.
            int firstColumn = rowTile == columnTile ? i + 1 : columnStart;
            int offset = (i - rowStart) * size - columnStart;
            for (int j = firstColumn; j < columnEnd; j++)
            {
                double squaredBefore = buffers.Before[offset + j];
                double squaredAfter = buffers.After[offset + j];
                if (squaredBefore == 0)
                {
                    extremes.CountCoincident(i, j, squaredAfter);
                    continue;
                }

                double squaredRatio = squaredAfter / squaredBefore;
                extremes.Lowest.Offer(squaredRatio, i, j);
                extremes.Highest.Offer(squaredRatio, i, j);
            }
        }
        return extremes;
    }

    private static NeuronPair[] Recompute(PairRanking ranking, PointCloud before, PointCloud after, bool descending)
    {
        var pairs = new NeuronPair[ranking.Count];
        for (int k = 0; k < pairs.Length; k++)
            pairs[k] = ExactPair(ranking.Entries[k].First, ranking.Entries[k].Second, before, after);

        // Exact values can reorder pairs whose approximate ratios differed by less than the error bound.
        Array.Sort(pairs, (x, y) =>
        {
            int byRatio = descending ? y.Ratio.CompareTo(x.Ratio) : x.Ratio.CompareTo(y.Ratio);
            if (byRatio != 0)
                return byRatio;
            return x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second);
        });
        return pairs;
    }

    private sealed class TileBuffers(SquaredDistanceTiles tiles)
    {
        public double[] Before { get; } = tiles.CreateScratch();
        public double[] After { get; } = tiles.CreateScratch();
        public double[] Scratch { get; } = tiles.CreateScratch();
    }

    private sealed class TileExtremes(int capacity)
    {
        public PairRanking Lowest { get; } = new(capacity, descending: false);
        public PairRanking Highest { get; } = new(capacity, descending: true);
        public long CoincidentCount { get; private set; }
        public (int First, int Second)? FirstCoincident { get; private set; }
        public long SeparatedCount { get; private set; }
        public (int First, int Second)? FirstSeparated { get; private set; }

        public void CountCoincident(int first, int second, double squaredAfter)
        {
            CoincidentCount++;
            FirstCoincident ??= (first, second);
            if (squaredAfter > 0)
            {
                SeparatedCount++;
                FirstSeparated ??= (first, second);
            }
        }
    }
}
