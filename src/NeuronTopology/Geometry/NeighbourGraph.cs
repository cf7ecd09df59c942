namespace NeuronTopology.Geometry;

/// <summary>
/// The symmetric k-nearest-neighbour graph of a cloud: pairs (i, j), i &lt; j, where j is among the k
/// nearest neurons of i or i among those of j. Coincident pairs (distance 0) are left out.
/// </summary>
internal static class NeighbourGraph
{
    /// <summary>
    /// Computes the edges with their distances, sorted by (i, j); ties in distance go to the smaller index.
    /// Every pair is examined: n²·d multiply-adds.
    /// </summary>
    public static (int First, int Second, double Distance)[] Build(PointCloud cloud, int neighbourCount, int threads)
    {
        var distances = new SquaredDistanceTiles(cloud);
        int tileCount = distances.TileCount;
        int size = SquaredDistanceTiles.TileSize;
        var nearest = new PairRanking[cloud.Count];

        // One task per row tile scans every column tile, so each row's ranking has a single writer.
        var options = new ParallelOptions { MaxDegreeOfParallelism = TileSchedule.ResolveThreads(threads) };
        Parallel.For(0, tileCount, options, rowTile =>
        {
            double[] tile = distances.CreateScratch();
            double[] scratch = distances.CreateScratch();
            int rowStart = rowTile * size;
            int rowEnd = Math.Min(rowStart + size, cloud.Count);
            for (int i = rowStart; i < rowEnd; i++)
                nearest[i] = new PairRanking(neighbourCount, descending: false);

            for (int columnTile = 0; columnTile < tileCount; columnTile++)
            {
                distances.Fill(rowTile, columnTile, tile, scratch);
                int columnStart = columnTile * size;
                int columnEnd = Math.Min(columnStart + size, cloud.Count);
                for (int i = rowStart; i < rowEnd; i++)
                {
                    int offset = (i - rowStart) * size - columnStart;
                    for (int j = columnStart; j < columnEnd; j++)
                    {
                        double squared = tile[offset + j];
                        if (j != i && squared > 0)
                            nearest[i].Offer(squared, j, 0);
                    }
                }
            }
        });

        var edges = new SortedSet<(int, int)>();
        for (int i = 0; i < cloud.Count; i++)
        {
            foreach (var (_, j, _) in nearest[i].Entries)
                edges.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        return edges
            .Select(edge => (edge.Item1, edge.Item2, Math.Sqrt(GramKernel.SquaredDistance(cloud[edge.Item1], cloud[edge.Item2]))))
            .ToArray();
    }
}
