using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Homology;

public sealed class VietorisRipsTests
{
    private static readonly double Diagonal = MathF.Sqrt(2);

    private static PointCloud Square() => PointCloud.FromRows([[0, 0], [1, 0], [1, 1], [0, 1]]);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void SquareHasOneLoop(int modulus)
    {
        var diagram = VietorisRips.Compute(Square(), new RipsOptions { MaxDimension = 2, Modulus = modulus });

        Assert.Equal([new PersistenceInterval(0, 1), new(0, 1), new(0, 1), new(0, double.PositiveInfinity)], diagram.Intervals(0));
        Assert.Equal([new PersistenceInterval(1, Diagonal)], diagram.Intervals(1));
        Assert.Empty(diagram.Intervals(2));
        Assert.Equal(Diagonal, diagram.Threshold);
        Assert.Equal(modulus, diagram.Modulus);
    }

    [Fact]
    public void SinglePrecisionSquareHasOneLoop()
    {
        var cloud = new SinglePrecisionPointCloud([0, 0, 1, 0, 1, 1, 0, 1], 4, 2);

        var diagram = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 2 });

        Assert.Equal([new PersistenceInterval(0, 1), new(0, 1), new(0, 1), new(0, double.PositiveInfinity)], diagram.Intervals(0));
        Assert.Equal([new PersistenceInterval(1, Diagonal)], diagram.Intervals(1));
        Assert.Empty(diagram.Intervals(2));
    }

    [Fact]
    public void SinglePrecisionNonFiniteCoordinateRejected()
    {
        var cloud = new SinglePrecisionPointCloud([0, 0, 1, float.PositiveInfinity], 2, 2);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(cloud, new RipsOptions()));

        Assert.Contains("Coordinate 1 of point 1", exception.Message);
        Assert.Equal("cloud", exception.ParamName);
    }

    [Fact]
    public void SquareBelowDiagonalKeepsLoop()
    {
        var diagram = VietorisRips.Compute(Square(), new RipsOptions { Threshold = 1.2 });

        Assert.Equal([new PersistenceInterval(1, double.PositiveInfinity)], diagram.Intervals(1));
        Assert.Equal(1.2, diagram.Threshold);
    }

    [Fact]
    public void SquareBettiNumbers()
    {
        var diagram = VietorisRips.Compute(Square(), new RipsOptions { MaxDimension = 2 });

        Assert.Equal([4, 0, 0], diagram.BettiNumbers(0.5));
        Assert.Equal([1, 1, 0], diagram.BettiNumbers(1.2));
        // The loop dies when the diagonals enter, so it is dead at exactly √2.
        Assert.Equal([1, 0, 0], diagram.BettiNumbers(Diagonal));
    }

    [Fact]
    public void SquareFromDistanceMatrix()
    {
        double d = Math.Sqrt(2);
        var matrix = new DistanceMatrix(4, [1, d, 1, 1, d, 1]);

        var diagram = VietorisRips.Compute(matrix, new RipsOptions());

        Assert.Equal([new PersistenceInterval(1, Diagonal)], diagram.Intervals(1));
    }

    [Fact]
    public void CycleGraphFromSparseMatrix()
    {
        // Only the four sides: no point is joined to all others, so no enclosing radius and the loop never dies.
        var matrix = new SparseDistanceMatrix(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 0, 1.0)]);

        var diagram = VietorisRips.Compute(matrix, new RipsOptions { MaxDimension = 2 });

        Assert.Equal([new PersistenceInterval(1, double.PositiveInfinity)], diagram.Intervals(1));
        Assert.Equal(double.PositiveInfinity, diagram.Threshold);
    }

    [Fact]
    public void OnePoint()
    {
        var diagram = VietorisRips.Compute(PointCloud.FromRows([[0.5, -1, 2]]), new RipsOptions { MaxDimension = 2 });

        Assert.Equal([new PersistenceInterval(0, double.PositiveInfinity)], diagram.Intervals(0));
        Assert.Empty(diagram.Intervals(1));
        Assert.Empty(diagram.Intervals(2));
    }

    [Fact]
    public void TwoPoints()
    {
        var diagram = VietorisRips.Compute(PointCloud.FromRows([[0, 0], [3, 4]]), new RipsOptions { MaxDimension = 1 });

        Assert.Equal([new PersistenceInterval(0, 5), new(0, double.PositiveInfinity)], diagram.Intervals(0));
        Assert.Empty(diagram.Intervals(1));
    }

    [Fact]
    public void TwoPointsBelowTheirDistance()
    {
        var diagram = VietorisRips.Compute(PointCloud.FromRows([[0, 0], [3, 4]]), new RipsOptions { Threshold = 4.9 });

        Assert.Equal([new PersistenceInterval(0, double.PositiveInfinity), new(0, double.PositiveInfinity)], diagram.Intervals(0));
    }

    [Fact]
    public void EmptyCloudHasEmptyDiagram()
    {
        var diagram = VietorisRips.Compute(new PointCloud([], 0, 3), new RipsOptions());

        Assert.Empty(diagram.Intervals(0));
        Assert.Empty(diagram.Intervals(1));
    }

    [Fact]
    public void OctahedronHasOneVoid()
    {
        // The six unit vectors ±e_i: antipodes at distance 2, neighbours at √2; the complex below 2 is the octahedron.
        var cloud = PointCloud.FromRows([[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]]);

        var diagram = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 2, Threshold = 3 });

        Assert.Empty(diagram.Intervals(1));
        Assert.Equal([new PersistenceInterval(Diagonal, 2)], diagram.Intervals(2));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void NonPrimeModulusRejected(int modulus)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RipsOptions { Modulus = modulus });

        Assert.Equal("Modulus", exception.ParamName);
        Assert.Equal(modulus, exception.ActualValue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(RipsOptions.MaxSupportedDimension + 1)]
    public void DimensionOutOfRangeRejected(int dimension)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RipsOptions { MaxDimension = dimension });

        Assert.Equal("MaxDimension", exception.ParamName);
        Assert.Equal(dimension, exception.ActualValue);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void InvalidThresholdRejected(double threshold)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RipsOptions { Threshold = threshold });

        Assert.Equal("Threshold", exception.ParamName);
        Assert.Equal(threshold, exception.ActualValue);
    }

    [Fact]
    public void NegativeThreadsRejected()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new RipsOptions { Threads = -1 });

        Assert.Equal("Threads", exception.ParamName);
    }

    [Fact]
    public void NonFiniteCoordinateRejected()
    {
        var cloud = PointCloud.FromRows([[0, 0], [1, double.NaN]]);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(cloud, new RipsOptions()));

        Assert.Contains("point 1", exception.Message);
    }

    [Fact]
    public void IndexOverflowReportedBeforeWork()
    {
        var cloud = new PointCloud(new double[100_000], 100_000, 1);

        var exception = Assert.Throws<SimplexIndexOverflowException>(() => VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 3 }));

        Assert.Equal(100_000, exception.VertexCount);
        Assert.Equal(4, exception.SimplexDimension);
    }

    [Fact]
    public void DistanceMatrixTooLargeRejected()
    {
        var cloud = new PointCloud(new double[1000], 1000, 1);

        var exception = Assert.Throws<RipsComplexTooLargeException>(
            () => VietorisRips.Compute(cloud, new RipsOptions { MemoryLimitBytes = 1_000_000 }));

        // 1000 points need 499 500 float distances, about 2 MB.
        Assert.Equal(1_998_000, exception.EstimatedBytes);
        Assert.Equal(1_000_000, exception.LimitBytes);
        // Lowering a threshold cannot help a cloud without one; giving one below most distances can.
        Assert.Contains("Use fewer points, give a point cloud a threshold below most of its distances", exception.Message);
        Assert.DoesNotContain("Lower the threshold", exception.Message);
    }

    [Fact]
    public void ThresholdedCloudNeedsNoTriangle()
    {
        // 3000 points have an 18 MB triangle, above the 8 MB limit, but at threshold 0.02 only about 0.1 % of the pairs
        // of this unit square are kept, in the sparse filtration built from the points.
        var random = new Random(8);
        var cloud = new PointCloud(Enumerable.Range(0, 6000).Select(_ => random.NextDouble()).ToArray(), 3000, 2);
        var options = new RipsOptions { MaxDimension = 1, Threshold = 0.02, Threads = 1, MemoryLimitBytes = 8_000_000 };

        var diagram = VietorisRips.Compute(cloud, options);
        var unlimited = VietorisRips.Compute(cloud, options with { MemoryLimitBytes = null });

        Assert.Equal(unlimited.Intervals(0), diagram.Intervals(0));
        Assert.Equal(unlimited.Intervals(1), diagram.Intervals(1));
    }

    [Fact]
    public void DenseThresholdStillNeedsTriangle()
    {
        // At threshold 2 every pair of the unit square is kept, so the triangle path and its limit apply.
        var random = new Random(8);
        var cloud = new PointCloud(Enumerable.Range(0, 3000).Select(_ => random.NextDouble()).ToArray(), 1500, 2);

        var exception = Assert.Throws<RipsComplexTooLargeException>(
            () => VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 1, Threshold = 2, MemoryLimitBytes = 2_000_000 }));

        Assert.Equal(1500L * 1499 / 2 * sizeof(float), exception.EstimatedBytes);
    }

    [Fact]
    public void ComplexTooLargeRejected()
    {
        // 1000 points in a small ball at threshold 1 form a complete graph. Dimension 3 lists all C(1000, 3) ≈ 1.7e8
        // triangles to enumerate the tetrahedra from, about 6 GB. (On 400 points apparent pairs leave so few of the
        // 1e9 tetrahedra as columns that the computation fits in 1 GiB.)
        var random = new Random(3);
        var cloud = new PointCloud(Enumerable.Range(0, 3000).Select(_ => random.NextDouble() * 0.1).ToArray(), 1000, 3);

        var exception = Assert.Throws<RipsComplexTooLargeException>(
            () => VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 3, Threshold = 1, MemoryLimitBytes = 1L << 30 }));

        Assert.True(exception.EstimatedBytes > 1L << 30);
        Assert.Equal(3, exception.MaxDimension);
    }

    [Fact]
    public void CancellationStopsComputation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => VietorisRips.Compute(Square(), new RipsOptions(), source.Token));
    }

    [Fact]
    public void ThreadCountLeavesIntervalsUnchanged()
    {
        // Enough columns (several thousand triangles and tetrahedra) that the reduction runs in parallel batches.
        var cloud = RandomClouds.Create("gaussian", seed: 21, count: 160, dimension: 4);
        var options = new RipsOptions { MaxDimension = 3, Threshold = 1.6 };

        var single = VietorisRips.Compute(cloud, options with { Threads = 1 });
        var two = VietorisRips.Compute(cloud, options with { Threads = 2 });
        var five = VietorisRips.Compute(cloud, options with { Threads = 5 });

        for (int dimension = 0; dimension <= 3; dimension++)
        {
            Assert.Equal(single.Intervals(dimension), two.Intervals(dimension));
            Assert.Equal(single.Intervals(dimension), five.Intervals(dimension));
        }
        Assert.NotEmpty(single.Intervals(2));
    }

    [Fact]
    public void ProjectivePlaneTorsionDependsOnModulus()
    {
        // 200 Fibonacci points of the unit sphere mapped to R⁴ by (x, y, z) ↦ (xy, xz, yz, (x² − y²)/2), an embedding
        // of the projective plane: H1 and H2 are Z/2 over Z/2 and vanish over Z/3. GUDHI 3.7.1 (RipsComplex with
        // max_edge_length 0.6, max_dimension 3) gives the same long bars: over Z/2 H1 [0.18180, 0.50934) and
        // H2 [0.30220, 0.51961); over Z/3 that H1 class dies at 0.30220 and no H2 bar is longer than 0.05.
        var rows = new List<double[]>();
        for (int i = 0; i < 200; i++)
        {
            double z = 1 - 2 * (i + 0.5) / 200, r = Math.Sqrt(1 - z * z), angle = Math.PI * (3 - Math.Sqrt(5)) * i;
            double x = r * Math.Cos(angle), y = r * Math.Sin(angle);
            rows.Add([x * y, x * z, y * z, (x * x - y * y) / 2]);
        }
        var cloud = PointCloud.FromRows(rows);
        var options = new RipsOptions { MaxDimension = 2, Threshold = 0.6 };

        var overZ2 = VietorisRips.Compute(cloud, options with { Modulus = 2 });
        var overZ3 = VietorisRips.Compute(cloud, options with { Modulus = 3 });

        var longZ2 = overZ2.Intervals(1).Where(bar => bar.Persistence > 0.15).ToList();
        Assert.Single(longZ2);
        Assert.Equal(0.18180, longZ2[0].Birth, 4);
        Assert.Equal(0.50934, longZ2[0].Death, 4);
        var voidZ2 = Assert.Single(overZ2.Intervals(2), bar => bar.Persistence > 0.15);
        Assert.Equal(0.30220, voidZ2.Birth, 4);
        Assert.Equal(0.51961, voidZ2.Death, 4);
        Assert.DoesNotContain(overZ3.Intervals(1), bar => bar.Persistence > 0.15);
        Assert.DoesNotContain(overZ3.Intervals(2), bar => bar.Persistence > 0.15);
        Assert.Equal(overZ2.Intervals(1).Count, overZ3.Intervals(1).Count);
    }

    [Fact]
    public void ProgressReportsEachStage()
    {
        var reports = new RecordingProgress();

        VietorisRips.Compute(Square(), new RipsOptions { MaxDimension = 2 }, CancellationToken.None, reports);

        // At threshold √2 the square has all 6 edges, and assembling dimension 2 starts from those 6 edges.
        Assert.Equal([RipsStage.ZeroDimensional, RipsStage.Reduction, RipsStage.Assembly, RipsStage.Reduction], reports.Items.Select(r => r.Stage));
        Assert.Equal([0, 1, 2, 2], reports.Items.Select(r => r.Dimension));
        Assert.Equal(6, reports.Items[0].Items);
        Assert.Equal(6, reports.Items[2].Items);
    }

    private sealed class RecordingProgress : IProgress<RipsProgress>
    {
        public List<RipsProgress> Items { get; } = [];

        public void Report(RipsProgress value) => Items.Add(value);
    }
}
