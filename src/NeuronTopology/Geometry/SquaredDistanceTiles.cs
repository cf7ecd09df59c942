namespace NeuronTopology.Geometry;

/// <summary>
/// Squared Euclidean distances between the points of one cloud, one tile of
/// <see cref="TileSize"/> × <see cref="TileSize"/> pairs at a time, each to a relative error of at most
/// <see cref="RelativeErrorBound"/>.
/// </summary>
/// <remarks>
/// Low dimensions use direct differences. From <see cref="GramDimension"/> on, the Gram identity
/// ‖a − b‖² = ‖a‖² + ‖b‖² − 2a·b on the centred cloud does half the arithmetic in cache-friendly
/// blocks. Its absolute error is at most 2(γ_m + 2u)(‖a‖² + ‖b‖²), so an entry below
/// <see cref="RecomputeFraction"/>·(‖a‖² + ‖b‖²), where that error could exceed
/// <see cref="RelativeErrorBound"/> of it, is recomputed by direct differences on the input coordinates.
/// Every entry depends only on its pair, never on the tile or thread that computed it.
/// </remarks>
internal sealed class SquaredDistanceTiles
{
    /// <summary>Rows of a tile; a multiple of <see cref="PackedCloud.RowBlock"/>.</summary>
    public const int TileSize = 64;

    /// <summary>Dimension from which the Gram identity is used.</summary>
    public const int GramDimension = 16;

    /// <summary>Largest relative error of an entry, the target the recompute threshold is derived from.</summary>
    public const double RelativeErrorBound = 1e-12;

    private const double UnitRoundoff = 1.1102230246251565e-16;

    private readonly PointCloud _cloud;
    private readonly PackedCloud? _packed;

    public SquaredDistanceTiles(PointCloud cloud)
    {
        _cloud = cloud;
        if (cloud.Dimension < GramDimension)
            return;

        int terms = (cloud.Dimension + 3) / 4 + 2;
        double gamma = terms * UnitRoundoff / (1 - terms * UnitRoundoff);
        double fraction = 2 * (gamma + 2 * UnitRoundoff) / RelativeErrorBound;

        // In very high dimension the threshold would send most pairs to direct differences, so the Gram pass would not pay.
        if (fraction >= 0.5)
            return;
        RecomputeFraction = Math.Max(fraction, 1.0 / 16);
        _packed = new PackedCloud(cloud);
    }

    /// <summary>Number of points.</summary>
    public int Count => _cloud.Count;

    /// <summary>Whether the Gram identity is used (else direct differences everywhere).</summary>
    public bool UsesGram => _packed is not null;

    /// <summary>
    /// Entries below this fraction of ‖a‖² + ‖b‖² are recomputed by direct differences. It is at least
    /// 1/16 so that clouds whose points sit close together relative to their spread, where the Gram
    /// identity loses most digits, are recomputed early.
    /// </summary>
    public double RecomputeFraction { get; }

    /// <summary>Number of tiles along one side.</summary>
    public int TileCount => (Count + TileSize - 1) / TileSize;

    /// <summary>Number of tiles in the upper triangle, diagonal included: the task indices of <see cref="ForEachTile"/>.</summary>
    public int TileTaskCount => TileCount * (TileCount + 1) / 2;

    /// <summary>
    /// Fills every tile of the upper triangle on <paramref name="threads"/> threads (0 for one per processor) and
    /// passes each to <paramref name="body"/> with its task index and tile coordinates. The buffer is reused after
    /// the body returns, so the body must not keep it.
    /// </summary>
    public void ForEachTile(int threads, Action<int, (int Row, int Column), double[]> body) =>
        TileSchedule.Run(
            TileCount,
            threads,
            () => (Tile: CreateScratch(), Scratch: CreateScratch()),
            (task, tile, buffers) =>
            {
                Fill(tile.Row, tile.Column, buffers.Tile, buffers.Scratch);
                body(task, tile, buffers.Tile);
            });

    /// <summary>Scratch space one caller of <see cref="Fill"/> needs.</summary>
    public double[] CreateScratch() => new double[TileSize * TileSize];

    /// <summary>
    /// Writes ‖x_i − x_j‖² for i in tile <paramref name="rowTile"/> and j in tile
    /// <paramref name="columnTile"/> to <c>output[(i − rowStart)·TileSize + (j − columnStart)]</c>.
    /// </summary>
    public void Fill(int rowTile, int columnTile, Span<double> output, Span<double> scratch)
    {
        int rowStart = rowTile * TileSize;
        int columnStart = columnTile * TileSize;
        int rowCount = Math.Min(TileSize, Count - rowStart);
        int columnCount = Math.Min(TileSize, Count - columnStart);

        if (_packed is null)
        {
            FillDirect(rowStart, rowCount, columnStart, columnCount, output);
            return;
        }

        int paddedRows = RoundUp(rowCount);
        int paddedColumns = RoundUp(columnCount);
        GramKernel.Fill(_packed, rowStart, paddedRows, columnStart, paddedColumns, scratch, TileSize);

        double[] norms = _packed.SquaredNorms;
        for (int a = 0; a < rowCount; a++)
        {
            int i = rowStart + a;
            for (int b = 0; b < columnCount; b++)
            {
                int j = columnStart + b;
                double normSum = norms[i] + norms[j];
                double squared = normSum - 2 * scratch[a * TileSize + b];
                if (squared <= RecomputeFraction * normSum)
                    squared = GramKernel.SquaredDistance(_cloud[i], _cloud[j]);
                output[a * TileSize + b] = squared;
            }
        }
    }

    /// <summary>Exact squared distance of one pair by direct differences.</summary>
    public double SquaredDistance(int i, int j) => GramKernel.SquaredDistance(_cloud[i], _cloud[j]);

    private void FillDirect(int rowStart, int rowCount, int columnStart, int columnCount, Span<double> output)
    {
        // Low dimensions: a plain loop over the coordinate array avoids a span and a call per pair.
        double[] coordinates = _cloud.Coordinates;
        int dimension = _cloud.Dimension;
        for (int a = 0; a < rowCount; a++)
        {
            int rowOffset = (rowStart + a) * dimension;
            for (int b = 0; b < columnCount; b++)
            {
                int columnOffset = (columnStart + b) * dimension;
                double sum = 0;
                for (int k = 0; k < dimension; k++)
                {
                    double difference = coordinates[rowOffset + k] - coordinates[columnOffset + k];
                    sum = Math.FusedMultiplyAdd(difference, difference, sum);
                }
                output[a * TileSize + b] = sum;
            }
        }
    }

    private static int RoundUp(int count) =>
        (count + PackedCloud.RowBlock - 1) / PackedCloud.RowBlock * PackedCloud.RowBlock;
}
