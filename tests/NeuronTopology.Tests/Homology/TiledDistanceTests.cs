using NeuronTopology.Geometry;
using NeuronTopology.Homology.Engine;
using Xunit;

namespace NeuronTopology.Tests.Homology;

/// <summary>The tiled triangle that rounds coordinates as it goes, against the triangle of the whole float copy.</summary>
public sealed class TiledDistanceTests
{
    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(2, 3, 1)]
    [InlineData(255, 2, 1)]
    [InlineData(257, 2, 2)]
    [InlineData(600, 3, 1)]
    [InlineData(600, 3, 3)]
    [InlineData(520, 40, 2)]
    [InlineData(300, 794, 2)]
    public void TiledTriangleEqualsFloatCopy(int count, int dimension, int threads)
    {
        var random = new Random(count * 31 + dimension);
        var coordinates = new double[count * dimension];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = random.NextDouble() * 20 - 10;
        var cloud = new PointCloud(coordinates, count, dimension);

        float[] expected = EuclideanDistances.LowerTriangle(SinglePrecisionPointCloud.Round(cloud).Coordinates, count, dimension, threads: 1, CancellationToken.None);
        float[] tiled = EuclideanDistances.LowerTriangle(cloud, threads, CancellationToken.None);

        Assert.Equal(expected.Length, tiled.Length);
        for (int k = 0; k < expected.Length; k++)
            Assert.True(BitConverter.SingleToInt32Bits(expected[k]) == BitConverter.SingleToInt32Bits(tiled[k]), $"entry {k}: {expected[k]:R} != {tiled[k]:R}");
    }
}
