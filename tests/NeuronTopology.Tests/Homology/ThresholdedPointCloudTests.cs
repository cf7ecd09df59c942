using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using NeuronTopology.Homology.Engine;
using Xunit;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// Large clouds under a threshold build their sparse filtration without the distance triangle. The intervals must
/// equal those of the triangle path exactly. Dense thresholds fall back to the triangle path.
/// </summary>
public sealed class ThresholdedPointCloudTests
{
    [Theory]
    [InlineData(0.3, 1, 1)]
    [InlineData(0.3, 2, 2)]
    [InlineData(0.6, 1, 2)]
    public void IntervalsEqualTrianglePath(double threshold, int maxDimension, int threads)
    {
        // 1500 points of a noisy torus in R⁴ have a 4.5 MB triangle, above the size kept for lookups.
        var cloud = NoisyTorus(1500, seed: 11);
        var options = new RipsOptions { MaxDimension = maxDimension, Threshold = threshold, Threads = threads };

        var direct = VietorisRips.Compute(cloud, options);
        var expected = TrianglePath(cloud, maxDimension, threshold);

        for (int dimension = 0; dimension <= maxDimension; dimension++)
        {
            var actual = direct.Intervals(dimension).Select(bar => (bar.Birth, bar.Death)).Order().ToList();
            var reference = expected[dimension].Select(bar => (bar.Birth, bar.Death)).Order().ToList();
            Assert.Equal(reference, actual);
        }
        Assert.Equal(threshold, direct.Threshold);
    }

    [Theory]
    [InlineData(0.3, 1)]
    [InlineData(0.3, 2)]
    public void SinglePrecisionCloudEqualsDoubleCloud(double threshold, int threads)
    {
        var cloud = NoisyTorus(1500, seed: 5);
        var single = SinglePrecisionPointCloud.Round(cloud);
        var options = new RipsOptions { MaxDimension = 1, Threshold = threshold, Threads = threads };

        var fromDouble = VietorisRips.Compute(cloud, options);
        var fromSingle = VietorisRips.Compute(single, options);

        for (int dimension = 0; dimension <= 1; dimension++)
            Assert.Equal(fromDouble.Intervals(dimension), fromSingle.Intervals(dimension));
    }

    [Fact]
    public void DenseThresholdFallsBackToTriangle()
    {
        var cloud = NoisyTorus(1500, seed: 3);
        var filtration = ThresholdedPointCloudFiltration.TryBuild(SinglePrecisionPointCloud.Round(cloud).Coordinates, cloud.Count, cloud.Dimension, 100.0, 2, new BinomialCoefficientTable(1500, 3), new PrimeField(2), CancellationToken.None);

        Assert.Null(filtration);
    }

    [Fact]
    public void SparseThresholdBuildsSparseFiltration()
    {
        var cloud = NoisyTorus(1500, seed: 3);
        var filtration = ThresholdedPointCloudFiltration.TryBuild(SinglePrecisionPointCloud.Round(cloud).Coordinates, cloud.Count, cloud.Dimension, 0.3, 2, new BinomialCoefficientTable(1500, 3), new PrimeField(2), CancellationToken.None);

        Assert.IsType<SparseRipsFiltration>(filtration);
        Assert.Equal(0.3f, filtration.Threshold);
    }

    private static List<PersistenceInterval>[] TrianglePath(PointCloud cloud, int maxDimension, double threshold)
    {
        float[] triangle = EuclideanDistances.LowerTriangle(cloud, threads: 1, CancellationToken.None);
        var filtration = RipsFiltrationBuilder.FromLowerTriangle(triangle, cloud.Count, threshold, new BinomialCoefficientTable(cloud.Count, maxDimension + 2),
            new PrimeField(2), out _);
        return RipsPersistence.Compute(filtration, filtration.Edges(), maxDimension, threads: 1, CancellationToken.None);
    }

    private static PointCloud NoisyTorus(int count, int seed)
    {
        var random = new Random(seed);
        var coordinates = new double[count * 4];
        for (int i = 0; i < count; i++)
        {
            double u = 2 * Math.PI * random.NextDouble();
            double v = 2 * Math.PI * random.NextDouble();
            coordinates[4 * i] = Math.Cos(u) + 0.05 * random.NextDouble();
            coordinates[4 * i + 1] = Math.Sin(u);
            coordinates[4 * i + 2] = Math.Cos(v);
            coordinates[4 * i + 3] = Math.Sin(v) + 0.05 * random.NextDouble();
        }
        return new PointCloud(coordinates, count, 4);
    }
}
