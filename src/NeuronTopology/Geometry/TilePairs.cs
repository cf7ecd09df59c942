namespace NeuronTopology.Geometry;

/// <summary>Enumerates the pairs i &lt; j of one tile pair with their offset in a filled tile buffer.</summary>
internal static class TilePairs
{
    /// <summary>Calls <paramref name="visit"/>(i, j, offset) for every pair of the tile with i &lt; j.</summary>
    public static void ForEach(int count, (int Row, int Column) tile, Action<int, int, int> visit)
    {
        int size = SquaredDistanceTiles.TileSize;
        int rowStart = tile.Row * size;
        int columnStart = tile.Column * size;
        int rowEnd = Math.Min(rowStart + size, count);
        int columnEnd = Math.Min(columnStart + size, count);
        for (int i = rowStart; i < rowEnd; i++)
        {
            // On a diagonal tile only j > i, so that every pair is seen once.
            int firstColumn = tile.Row == tile.Column ? i + 1 : columnStart;
            int offset = (i - rowStart) * size - columnStart;
            for (int j = firstColumn; j < columnEnd; j++)
                visit(i, j, offset + j);
        }
    }
}
