using System.Globalization;
using System.Text.Json;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using NeuronTopology.Homology.Engine;
using Xunit;
using Xunit.Abstractions;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// The memory estimate against the bytes the engine allocates on one thread, from the edge list to the last
/// reduction: at least that much, and at most <see cref="MaxOverestimate"/> times it. Total allocation counts garbage
/// too, so it bounds the peak from above.
/// </summary>
public sealed class ComplexSizeAllocationTests(ITestOutputHelper output)
{
    private const double MaxOverestimate = 20;

    [Theory]
    [InlineData("circle_noisy")]
    [InlineData("figure_eight")]
    [InlineData("gaussian_10d")]
    [InlineData("grid_ties")]
    [InlineData("solid_double_torus")]
    [InlineData("torus_3d")]
    [InlineData("two_circles")]
    [InlineData("sphere_in_794d")]
    [InlineData("three_clusters")]
    [InlineData("duplicates")]
    public void EstimateCoversFixtureAllocation(string name)
    {
        var (cloud, maxDimension, threshold) = LoadFixture(name);

        var (estimate, allocated) = EstimateAndAllocate(cloud, maxDimension, threshold);

        output.WriteLine($"{name}: estimate {estimate} bytes, allocated {allocated} bytes, ratio {(double)estimate / allocated:F2}");
        Assert.True(estimate >= allocated, $"{name}: estimate {estimate} < allocated {allocated}");
        Assert.True(estimate <= MaxOverestimate * allocated, $"{name}: estimate {estimate} > {MaxOverestimate} × allocated {allocated}");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    public void EstimateCoversHighDimensions(int maxDimension)
    {
        // 40 Gaussian points at the enclosing radius have cliques of every size up to about 12 vertices.
        var random = new Random(5);
        var coordinates = new double[2 * 40];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

        var (estimate, allocated) = EstimateAndAllocate(new PointCloud(coordinates, 40, 2), maxDimension, threshold: null);

        output.WriteLine($"dimension {maxDimension}: estimate {estimate} bytes, allocated {allocated} bytes");
        Assert.True(estimate >= allocated, $"estimate {estimate} < allocated {allocated}");
        Assert.True(estimate <= MaxOverestimate * allocated, $"estimate {estimate} > {MaxOverestimate} × allocated {allocated}");
    }

    [Fact]
    public void EstimateCountsDenseCloudColumnsBySample()
    {
        // At the enclosing radius this 3-D cloud has about 44 million triangles, but apparent pairs leave about 12 000
        // of them as columns. Counting half of the triangles as columns put the estimate at 1.5 GB, 25 times the allocation.
        var (cloud, _, _) = LoadFixture("solid_double_torus");

        var (estimate, allocated) = EstimateAndAllocate(cloud, maxDimension: 2, threshold: null);

        output.WriteLine($"solid_double_torus at the enclosing radius: estimate {estimate} bytes, allocated {allocated} bytes");
        Assert.True(estimate >= allocated, $"estimate {estimate} < allocated {allocated}");
        Assert.True(estimate <= MaxOverestimate * allocated, $"estimate {estimate} > {MaxOverestimate} × allocated {allocated}");
    }

    [Fact]
    public void ReductionOverLimitIsRejected()
    {
        // The 2-sphere's void lives until near the enclosing radius, so its reduction in dimension 2 allocates about
        // 2.2 GB, far above the estimate. A limit just above the estimate must stop it while it grows.
        var (cloud, _, _) = LoadFixture("sphere_3d");
        long estimate = Estimate(cloud, 2, threshold: null);
        output.WriteLine($"sphere_3d: estimate {estimate} bytes");
        var options = new RipsOptions { MaxDimension = 2, Threads = 1, MemoryLimitBytes = estimate + estimate / 8 };
        long before = GC.GetAllocatedBytesForCurrentThread();

        var exception = Assert.Throws<RipsComplexTooLargeException>(() => VietorisRips.Compute(cloud, options));

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("in dimension 2 alone reached", exception.Message);
        Assert.Contains("Lower the threshold or the homology dimension", exception.Message);
        Assert.InRange(allocated, 0, 2 * options.MemoryLimitBytes!.Value);
    }

    private static long Estimate(PointCloud cloud, int maxDimension, double? threshold)
    {
        var filtration = BuildFiltration(cloud, maxDimension, threshold);
        return ComplexSizeEstimator.EstimateBytes(filtration, maxDimension, filtration.Edges().LongLength, threads: 1);
    }

    private static RipsFiltration BuildFiltration(PointCloud cloud, int maxDimension, double? threshold)
    {
        float[] coordinates = SinglePrecisionPointCloud.Round(cloud).Coordinates;
        float[] triangle = EuclideanDistances.LowerTriangle(coordinates, cloud.Count, cloud.Dimension, threads: 1, CancellationToken.None);
        var binomial = new BinomialCoefficientTable(cloud.Count, maxDimension + 2);
        return RipsFiltrationBuilder.FromLowerTriangle(triangle, cloud.Count, threshold, binomial, new PrimeField(2), out _);
    }

    // Runs the engine's steps after the filtration as VietorisRips does, on the calling thread.
    private static (long Estimate, long Allocated) EstimateAndAllocate(PointCloud cloud, int maxDimension, double? threshold)
    {
        var filtration = BuildFiltration(cloud, maxDimension, threshold);

        long before = GC.GetAllocatedBytesForCurrentThread();
        DiameterIndex[] edges = filtration.Edges();
        long estimate = ComplexSizeEstimator.EstimateBytes(filtration, maxDimension, edges.LongLength, threads: 1);
        RipsPersistence.Compute(filtration, edges, maxDimension, threads: 1, CancellationToken.None);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The triangle is allocated before the edges but belongs to the estimate, as the storage of the filtration.
        return (estimate, allocated + filtration.StorageBytes);
    }

    private static (PointCloud Cloud, int MaxDimension, double? Threshold) LoadFixture(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "homology", name);
        var rows = File.ReadLines(Path.Combine(folder, "points.csv"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split(',').Select(token => double.Parse(token, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reference.json")));
        var reference = document.RootElement;
        int maxDimension = reference.GetProperty("max_homology_dimension").GetInt32();
        double? threshold = reference.GetProperty("threshold").ValueKind == JsonValueKind.Null ? null : reference.GetProperty("threshold").GetDouble();
        return (PointCloud.FromRows(rows), maxDimension, threshold);
    }
}
