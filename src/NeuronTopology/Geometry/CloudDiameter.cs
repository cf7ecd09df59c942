namespace NeuronTopology.Geometry;

/// <summary>The diameter of a cloud, max over pairs of ‖xᵢ − xⱼ‖, and the pair that attains it.</summary>
public static class CloudDiameter
{
    /// <summary>
    /// Computes the diameter over all pairs, to a relative 1e-12 (the attaining pair is recomputed by
    /// direct differences); ties go to the smallest (i, j). A cloud of fewer than two points has diameter 0 and no pair.
    /// </summary>
    /// <param name="cloud">The points.</param>
    /// <param name="threads">Worker threads; 0 means one per processor. The result does not depend on it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cloud"/> is null.</exception>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static (double Diameter, int First, int Second) Compute(PointCloud cloud, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        CloudValidation.RequireFinite(cloud, nameof(cloud));
        if (cloud.Count < 2)
            return (0, -1, -1);

        var distances = new SquaredDistanceTiles(cloud);
        var farthest = new PairRanking[distances.TileTaskCount];
        distances.ForEachTile(threads, (task, tile, squared) =>
        {
            var ranking = new PairRanking(1, descending: true);
            TilePairs.ForEach(distances.Count, tile, (i, j, offset) => ranking.Offer(squared[offset], i, j));
            farthest[task] = ranking;
        });

        var overall = new PairRanking(1, descending: true);
        foreach (PairRanking ranking in farthest)
            overall.Merge(ranking);
        var (_, first, second) = overall.Entries[0];
        return (Math.Sqrt(distances.SquaredDistance(first, second)), first, second);
    }
}
