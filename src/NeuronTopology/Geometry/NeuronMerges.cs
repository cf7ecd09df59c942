namespace NeuronTopology.Geometry;

/// <summary>
/// Merged neurons: single-linkage clusters under a distance tolerance, and the merge events of a run.
/// Above the critical learning rate neurons can meet, and the number of clusters, the effective
/// width, falls below the layer's width.
/// </summary>
public static class NeuronMerges
{
    /// <summary>
    /// Groups the neurons of <paramref name="cloud"/> into clusters by single linkage: union-find over
    /// all pairs at distance ≤ the tolerance.
    /// </summary>
    /// <remarks>
    /// Each tile of pairs contributes only its minimum spanning forest of pairs within the tolerance,
    /// which keeps memory at O(n) even when every neuron merges. The diameter is computed for every
    /// call and costs one more pass over all pairs.
    /// </remarks>
    /// <param name="cloud">The neurons.</param>
    /// <param name="tolerance">Absolute, or relative to the cloud's diameter.</param>
    /// <param name="threads">Worker threads; 0 means one per processor. The result does not depend on it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cloud"/> is null.</exception>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static NeuronClustering Cluster(PointCloud cloud, MergeTolerance tolerance, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        CloudValidation.RequireFinite(cloud, nameof(cloud));

        double diameter = CloudDiameter.Compute(cloud, threads).Diameter;
        double absolute = tolerance.Resolve(diameter);
        List<NeuronPair> candidates = SpanningLinks(cloud, absolute, threads);

        var sets = new UnionFind(cloud.Count);
        var links = new List<NeuronPair>();
        foreach (NeuronPair candidate in candidates)
        {
            if (sets.Union(candidate.First, candidate.Second))
                links.Add(candidate);
        }

        var labels = new int[cloud.Count];
        for (int i = 0; i < labels.Length; i++)
            labels[i] = sets.Find(i);
        return new NeuronClustering(labels, sets.SetCount, absolute, diameter, links);
    }

    /// <summary>
    /// Clusters every snapshot and lists the merge events: at each snapshot, the links of its
    /// minimum spanning forest, shortest first, that join clusters of the previous snapshot.
    /// </summary>
    /// <remarks>
    /// Clusters can also split when neurons move apart again; a split is not an event but shows in
    /// <see cref="MergeHistory.Widths"/>.
    /// </remarks>
    /// <param name="snapshots">Clouds of the same neurons with their training steps, in order.</param>
    /// <param name="tolerance">Absolute, or relative to each snapshot's own diameter.</param>
    /// <param name="threads">Worker threads; 0 means one per processor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or a cloud is null.</exception>
    /// <exception cref="ArgumentException">The snapshots differ in count or dimension, or a coordinate is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is negative.</exception>
    public static MergeHistory Track(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, MergeTolerance tolerance, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        for (int s = 0; s < snapshots.Count; s++)
        {
            ArgumentNullException.ThrowIfNull(snapshots[s].Cloud, nameof(snapshots));
            CloudValidation.RequireSameShape(snapshots[0].Cloud, snapshots[s].Cloud, nameof(snapshots));
        }

        var widths = new List<(long, int)>();
        var events = new List<MergeEvent>();
        IReadOnlyList<int>? previousLabels = null;
        foreach (var (step, cloud) in snapshots)
        {
            NeuronClustering clustering = Cluster(cloud, tolerance, threads);
            widths.Add((step, clustering.ClusterCount));

            // Union-find over the previous snapshot's clusters: a link that joins two of them is an event.
            var previous = new UnionFind(cloud.Count);
            foreach (NeuronPair link in clustering.Links)
            {
                int first = previousLabels?[link.First] ?? link.First;
                int second = previousLabels?[link.Second] ?? link.Second;
                if (previous.Union(first, second))
                    events.Add(new MergeEvent(step, link.First, link.Second, link.DistanceAfter));
            }
            previousLabels = clustering.Labels;
        }
        return new MergeHistory(widths, events);
    }

    private static List<NeuronPair> SpanningLinks(PointCloud cloud, double tolerance, int threads)
    {
        var distances = new SquaredDistanceTiles(cloud);
        var perTile = new List<NeuronPair>[distances.TileTaskCount];
        double squaredTolerance = tolerance * tolerance;
        distances.ForEachTile(threads, (task, tile, squared) =>
        {
            var within = new List<(double Squared, int First, int Second)>();
            TilePairs.ForEach(distances.Count, tile, (i, j, offset) =>
            {
                if (squared[offset] <= squaredTolerance)
                    within.Add((squared[offset], i, j));
            });
            perTile[task] = TileForest(within, cloud);
        });

        List<NeuronPair> links = perTile.SelectMany(list => list).ToList();
        links.Sort(CompareByDistance);
        return links;
    }

    // Kruskal inside one tile: an edge left out closes a cycle of shorter edges, so it cannot be in the
    // global minimum spanning forest either.
    private static List<NeuronPair> TileForest(List<(double Squared, int First, int Second)> within, PointCloud cloud)
    {
        var forest = new List<NeuronPair>();
        if (within.Count == 0)
            return forest;

        within.Sort();
        var local = new Dictionary<int, int>();
        var sets = new UnionFind(2 * SquaredDistanceTiles.TileSize);
        foreach (var (_, first, second) in within)
        {
            int a = LocalIndex(local, first);
            int b = LocalIndex(local, second);
            if (!sets.Union(a, b))
                continue;
            double distance = Math.Sqrt(GramKernel.SquaredDistance(cloud[first], cloud[second]));
            forest.Add(new NeuronPair(first, second, distance, distance));
        }
        return forest;
    }

    private static int LocalIndex(Dictionary<int, int> local, int neuron)
    {
        if (!local.TryGetValue(neuron, out int index))
        {
            index = local.Count;
            local[neuron] = index;
        }
        return index;
    }

    private static int CompareByDistance(NeuronPair x, NeuronPair y)
    {
        int byDistance = x.DistanceAfter.CompareTo(y.DistanceAfter);
        if (byDistance != 0)
            return byDistance;
        return x.First != y.First ? x.First.CompareTo(y.First) : x.Second.CompareTo(y.Second);
    }
}
