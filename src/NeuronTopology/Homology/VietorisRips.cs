using NeuronTopology.Geometry;
using NeuronTopology.Homology.Engine;

namespace NeuronTopology.Homology;

/// <summary>
/// Vietoris–Rips persistent homology by the algorithm of Ripser (U. Bauer, "Ripser: efficient computation of
/// Vietoris–Rips persistence barcodes", J. Appl. Comput. Topol. 5, 2021): persistent cohomology with clearing,
/// coboundaries enumerated from the combinatorial number system, apparent and emergent pairs, and union-find in
/// dimension 0. Distances are 32-bit floats, so values agree with Ripser 1.2.1 to its printed precision.
/// </summary>
/// <remarks>
/// The filtration value of a simplex is its diameter. Intervals of zero length are left out, as in Ripser; a class
/// alive at the threshold is an interval with death +∞. Each dimension lists its intervals in Ripser's output order.
/// </remarks>
public static class VietorisRips
{
    /// <summary>Computes the barcodes of the Euclidean point cloud.</summary>
    /// <param name="cloud">Points; coordinates are rounded to 32-bit floats. NaN or ∞ coordinates are rejected.</param>
    /// <param name="options">Dimension, threshold, coefficients, threads and memory limit.</param>
    /// <param name="cancellationToken">Checked between phases and every few thousand columns.</param>
    /// <param name="progress">Receives a report as each stage starts; null for none.</param>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite, or a coordinate or distance exceeds the float range (3.4e38).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="RipsOptions"/>).</exception>
    /// <exception cref="SimplexIndexOverflowException">C(n, k + 2) exceeds 2⁶³ − 1 for n points and dimension k.</exception>
    /// <exception cref="RipsComplexTooLargeException">The estimated memory exceeds the limit, or a reduction matrix or working column outgrows it during the reduction.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PersistenceDiagram Compute(PointCloud cloud, RipsOptions options, CancellationToken cancellationToken = default,
        IProgress<RipsProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var setup = Setup.Create(cloud.Count, options);
        ThrowIfNotFinite<double>(cloud.Coordinates.AsSpan(0, cloud.Count * cloud.Dimension), cloud.Dimension, nameof(cloud));
        SingleRange.ThrowIfCoordinateOverflows(cloud.Coordinates, (long)cloud.Count * cloud.Dimension, cloud.Dimension);

        // The triangle converts the coordinates tile by tile, so the dense path never keeps a float copy of the cloud.
        return setup.RunOnPoints(cloud.Count, options, () => SinglePrecisionPointCloud.Round(cloud), () =>
        {
            float[] triangle = EuclideanDistances.LowerTriangle(cloud, setup.Threads, cancellationToken);
            SingleRange.ThrowIfDistanceOverflows(triangle, cloud.Coordinates, cloud.Dimension);
            return triangle;
        }, cancellationToken, progress);
    }

    /// <summary>
    /// Computes the barcodes of a Euclidean point cloud stored in 32-bit floats, the precision of the distances. The
    /// result equals that of <see cref="Compute(PointCloud, RipsOptions, CancellationToken, IProgress{RipsProgress})"/>
    /// on the same coordinates, with half the memory for the points.
    /// </summary>
    /// <param name="cloud">Points. NaN or ∞ coordinates are rejected.</param>
    /// <inheritdoc cref="Compute(PointCloud, RipsOptions, CancellationToken, IProgress{RipsProgress})" path="/param[@name='options' or @name='cancellationToken' or @name='progress']"/>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite, or a distance exceeds the float range (3.4e38).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="RipsOptions"/>).</exception>
    /// <exception cref="SimplexIndexOverflowException">C(n, k + 2) exceeds 2⁶³ − 1 for n points and dimension k.</exception>
    /// <exception cref="RipsComplexTooLargeException">The estimated memory exceeds the limit, or a reduction matrix or working column outgrows it during the reduction.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PersistenceDiagram Compute(SinglePrecisionPointCloud cloud, RipsOptions options, CancellationToken cancellationToken = default,
        IProgress<RipsProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var setup = Setup.Create(cloud.Count, options);
        ThrowIfNotFinite<float>(cloud.Coordinates.AsSpan(0, cloud.Count * cloud.Dimension), cloud.Dimension, nameof(cloud));

        return setup.RunOnPoints(cloud.Count, options, () => cloud, () =>
        {
            float[] triangle = EuclideanDistances.LowerTriangle(cloud.Coordinates, cloud.Count, cloud.Dimension, setup.Threads, cancellationToken);
            SingleRange.ThrowIfDistanceOverflows(triangle, cloud.Coordinates, cloud.Dimension);
            return triangle;
        }, cancellationToken, progress);
    }

    private static void ThrowIfNotFinite<T>(ReadOnlySpan<T> coordinates, int dimension, string parameterName)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        for (int i = 0; i < coordinates.Length; i++)
        {
            if (!T.IsFinite(coordinates[i]))
                throw new ArgumentException($"Coordinate {i % Math.Max(dimension, 1)} of point {i / Math.Max(dimension, 1)} is {coordinates[i]}; coordinates must be finite.", parameterName);
        }
    }

    /// <summary>Computes the barcodes of a finite metric space given by its full distance matrix.</summary>
    /// <param name="distances">Distances; they are rounded to 32-bit floats.</param>
    /// <inheritdoc cref="Compute(PointCloud, RipsOptions, CancellationToken, IProgress{RipsProgress})" path="/param[@name='options' or @name='progress']"/>
    /// <exception cref="ArgumentException">An entry exceeds the float range (3.4e38).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="RipsOptions"/>).</exception>
    /// <exception cref="SimplexIndexOverflowException">C(n, k + 2) exceeds 2⁶³ − 1 for n points and dimension k.</exception>
    /// <exception cref="RipsComplexTooLargeException">The estimated memory exceeds the limit, or a reduction matrix or working column outgrows it during the reduction.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static PersistenceDiagram Compute(DistanceMatrix distances, RipsOptions options, CancellationToken cancellationToken = default,
        IProgress<RipsProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var setup = Setup.Create(distances.Count, options);
        EnsureDistanceStorageFits(distances.Count, options);

        var triangle = new float[distances.LowerTriangle.Length];
        for (long i = 0; i < triangle.LongLength; i++)
            triangle[i] = (float)distances.LowerTriangle[i];
        SingleRange.ThrowIfEntryOverflows(triangle, distances.LowerTriangle);
        var filtration = RipsFiltrationBuilder.FromLowerTriangle(triangle, distances.Count, options.Threshold, setup.Binomial, setup.Field, out double threshold);
        return setup.Run(filtration, threshold, options, cancellationToken, progress);
    }

    /// <summary>
    /// Computes the barcodes of a finite metric space given by its edges; pairs without an edge are at infinite
    /// distance. With no threshold every edge is included unless some point is joined to all others (then the
    /// enclosing radius applies, as for a full matrix).
    /// </summary>
    /// <param name="distances">Edges; lengths are rounded to 32-bit floats.</param>
    /// <inheritdoc cref="Compute(DistanceMatrix, RipsOptions, CancellationToken, IProgress{RipsProgress})"/>
    public static PersistenceDiagram Compute(SparseDistanceMatrix distances, RipsOptions options, CancellationToken cancellationToken = default,
        IProgress<RipsProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var setup = Setup.Create(distances.Count, options);
        foreach (var (i, j, length) in distances.Edges)
            SingleRange.ThrowIfEdgeOverflows(i, j, length);
        var filtration = RipsFiltrationBuilder.FromSparse(distances, options.Threshold, setup.Binomial, setup.Field, out double threshold);
        return setup.Run(filtration, threshold, options, cancellationToken, progress);
    }

    /// <summary>
    /// Rejects a full distance matrix, or a point cloud without a threshold, of <paramref name="pointCount"/> points
    /// whose distance storage alone exceeds the memory limit. Such input is stored as the full lower triangle of
    /// n(n − 1)/2 32-bit distances, so this check needs no distance and can run before any O(n²) pass. A large point
    /// cloud under a threshold keeps only the pairs below it, unless more than a quarter of the pairs are.
    /// </summary>
    /// <param name="pointCount">Number of points n.</param>
    /// <param name="options">The memory limit (and the dimension and threshold, for the message).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointCount"/> is negative.</exception>
    /// <exception cref="RipsComplexTooLargeException">The triangle exceeds the limit or the largest .NET array.</exception>
    public static void EnsureDistanceStorageFits(int pointCount, RipsOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pointCount);
        ArgumentNullException.ThrowIfNull(options);
        long entries = (long)pointCount * (pointCount - 1) / 2;
        long bytes = entries * sizeof(float);
        long limit = Setup.Limit(options);
        if (bytes <= limit && entries <= Array.MaxLength)
            return;
        long reported = entries > Array.MaxLength ? Math.Min(limit, (long)Array.MaxLength * sizeof(float)) : limit;
        throw new RipsComplexTooLargeException(bytes, reported, options.MaxDimension, options.Threshold ?? double.PositiveInfinity,
            $"This is only the full lower triangle of {entries} 32-bit distances between {pointCount} points, which a full distance " +
            $"matrix, and a point cloud without a threshold or with most pairs below it, store (at most {Array.MaxLength} entries fit one array). " +
            "Use fewer points, give a point cloud a threshold below most of its distances, or give only the edges below a threshold " +
            "as a sparse distance matrix (--format sparse).");
    }

    /// <summary>
    /// Rejects <paramref name="vertexCount"/> vertices whose simplices up to dimension k + 1 (k the maximum homology
    /// dimension) cannot be numbered in 64 bits, or whose table of binomial coefficients C(v, j), v ≤ n, j ≤ k + 2,
    /// exceeds the memory limit. Needs no distance, so a caller can check before reading or scanning distances.
    /// </summary>
    /// <param name="vertexCount">Number of vertices n; for sparse input, the largest vertex index plus one.</param>
    /// <param name="options">The dimension and the memory limit (and the threshold, for the message).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vertexCount"/> is negative.</exception>
    /// <exception cref="SimplexIndexOverflowException">C(n, k + 2) exceeds 2⁶³ − 1.</exception>
    /// <exception cref="RipsComplexTooLargeException">The binomial table exceeds the limit or the largest .NET array.</exception>
    public static void EnsureSimplexIndexFits(int vertexCount, RipsOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        ArgumentNullException.ThrowIfNull(options);
        int maxK = options.MaxDimension + 2;
        BinomialCoefficientTable.ThrowIfIndexOverflows(vertexCount, maxK);

        // The table has a row of n + 1 longs per k. A sparse input numbers its vertices up to its largest index,
        // so one stray index such as 2·10⁹ alone makes it too large.
        long tableEntries = (long)(maxK + 1) * (vertexCount + 1);
        long limit = Setup.Limit(options);
        if (tableEntries <= Array.MaxLength && tableEntries * sizeof(long) <= limit)
            return;
        throw new RipsComplexTooLargeException(tableEntries * sizeof(long), limit, options.MaxDimension, options.Threshold ?? double.PositiveInfinity,
            $"This is only the table of binomial coefficients for {vertexCount} vertices (vertex indices 0..{vertexCount - 1}); " +
            "renumber the vertices of a sparse input consecutively, or use fewer points.");
    }

    /// <summary>Validated options and the tables every computation needs.</summary>
    private sealed record Setup(int Threads, BinomialCoefficientTable Binomial, PrimeField Field)
    {
        public static Setup Create(int vertexCount, RipsOptions options)
        {
            EnsureSimplexIndexFits(vertexCount, options);
            int threads = options.Threads == 0 ? Environment.ProcessorCount : options.Threads;
            var field = new PrimeField(options.Modulus);
            var binomial = new BinomialCoefficientTable(vertexCount, options.MaxDimension + 2);
            return new Setup(threads, binomial, field);
        }

        public static long Limit(RipsOptions options) => options.MemoryLimitBytes ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

        public void CheckMemory(long bytes, RipsOptions options)
        {
            long limit = Limit(options);
            if (bytes > limit)
                throw new RipsComplexTooLargeException(bytes, limit, options.MaxDimension, options.Threshold ?? double.PositiveInfinity);
        }

        /// <summary>
        /// Runs a point cloud of <paramref name="count"/> points. Under a threshold, a cloud whose triangle would not be
        /// kept for lookups gets its sparse filtration straight from <paramref name="floatCloud"/>, so the triangle
        /// never takes memory. Dense or overflowing input takes the full triangle from <paramref name="lowerTriangle"/>,
        /// which also checks it for overflow.
        /// </summary>
        public PersistenceDiagram RunOnPoints(int count, RipsOptions options, Func<SinglePrecisionPointCloud> floatCloud, Func<float[]> lowerTriangle,
            CancellationToken cancellationToken, IProgress<RipsProgress>? progress)
        {
            long triangleBytes = (long)count * (count - 1) / 2 * sizeof(float);
            if (options.Threshold is { } requested && triangleBytes > RipsFiltrationBuilder.MaxLookupTriangleBytes)
            {
                SinglePrecisionPointCloud points = floatCloud();
                if (ThresholdedPointCloudFiltration.TryBuild(points.Coordinates, count, points.Dimension, requested, Threads, Binomial, Field,
                        cancellationToken) is { } sparse)
                {
                    return Run(sparse, requested, options, cancellationToken, progress);
                }
            }

            EnsureDistanceStorageFits(count, options);
            var filtration = RipsFiltrationBuilder.FromLowerTriangle(lowerTriangle(), count, options.Threshold, Binomial, Field, out double threshold);
            return Run(filtration, threshold, options, cancellationToken, progress);
        }

        public PersistenceDiagram Run(RipsFiltration filtration, double threshold, RipsOptions options, CancellationToken cancellationToken,
            IProgress<RipsProgress>? progress)
        {
            DiameterIndex[] edges = filtration.Edges();
            CheckMemory(ComplexSizeEstimator.EstimateBytes(filtration, options.MaxDimension, edges.LongLength, Threads), options);
            var budget = new MemoryBudget(Limit(options), options.MaxDimension, options.Threshold ?? double.PositiveInfinity);
            var intervals = RipsPersistence.Compute(filtration, edges, options.MaxDimension, Threads, cancellationToken, progress, budget);
            return new PersistenceDiagram(intervals, threshold, options.Modulus);
        }
    }
}
