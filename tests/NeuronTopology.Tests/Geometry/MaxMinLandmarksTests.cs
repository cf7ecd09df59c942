using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

public class MaxMinLandmarksTests
{
    [Fact]
    public void LineIsCoveredFromItsEnds()
    {
        // Points 0, 1, 2, 3, 10 on a line: the centroid is 3.2, so 10 comes first, then 0, then 3 (3 from 0, 7 from 10).
        var cloud = PointCloud.FromRows([[0.0], [1.0], [2.0], [3.0], [10.0]]);

        LandmarkSelection two = MaxMinLandmarks.Select(cloud, 2);
        LandmarkSelection three = MaxMinLandmarks.Select(cloud, 3);

        Assert.Equal([4, 0], two.Indices);
        Assert.Equal(3.0, two.CoveringRadius);
        Assert.Equal([4, 0, 3], three.Indices);
        Assert.Equal(1.0, three.CoveringRadius);
    }

    [Fact]
    public void SquareTiesGoToSmallestIndex()
    {
        // The four corners are equally far from the centroid, which is the centre point, so corner 0 comes first.
        // The opposite corner 3 follows. Corners 1 and 2 then tie at distance 1, and the smaller index wins.
        var cloud = PointCloud.FromRows([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.5, 0.5]]);

        LandmarkSelection selection = MaxMinLandmarks.Select(cloud, 3);

        Assert.Equal([0, 3, 1], selection.Indices);
        Assert.Equal(1.0, selection.CoveringRadius);
    }

    [Fact]
    public void CountAboveSizeTakesEveryPoint()
    {
        PointCloud cloud = RandomClouds.Uniform(17, 3, seed: 5);

        LandmarkSelection selection = MaxMinLandmarks.Select(cloud, 100);

        Assert.Equal(Enumerable.Range(0, 17), selection.Indices.Order());
        Assert.Equal(0.0, selection.CoveringRadius);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(64)]
    public void CoveringRadiusBoundsEveryPoint(int count)
    {
        PointCloud cloud = RandomClouds.Uniform(400, 3, seed: 11);

        LandmarkSelection selection = MaxMinLandmarks.Select(cloud, count);

        double largestGap = 0;
        for (int i = 0; i < cloud.Count; i++)
        {
            double nearest = selection.Indices.Min(landmark => RandomClouds.Distance(cloud[i], cloud[landmark]));
            largestGap = Math.Max(largestGap, nearest);
        }
        Assert.Equal(selection.CoveringRadius, largestGap, 1e-12);

        // Each landmark was the farthest point when chosen, so landmarks are at least the final radius apart.
        for (int a = 0; a < count; a++)
        {
            for (int b = a + 1; b < count; b++)
                Assert.True(RandomClouds.Distance(cloud[selection.Indices[a]], cloud[selection.Indices[b]]) >= selection.CoveringRadius);
        }
        Assert.Equal(count, selection.Indices.Distinct().Count());
    }

    [Fact]
    public void LargerCountExtendsSmallerSelection()
    {
        PointCloud cloud = RandomClouds.Uniform(300, 2, seed: 3);

        LandmarkSelection small = MaxMinLandmarks.Select(cloud, 20);
        LandmarkSelection large = MaxMinLandmarks.Select(cloud, 40);

        Assert.Equal(small.Indices, large.Indices.Take(20));
        Assert.True(large.CoveringRadius <= small.CoveringRadius);
    }

    [Fact]
    public void SameCloudGivesSameSelection()
    {
        PointCloud cloud = RandomClouds.Uniform(500, 3, seed: 7);

        LandmarkSelection first = MaxMinLandmarks.Select(cloud, 50);
        LandmarkSelection second = MaxMinLandmarks.Select(cloud, 50);

        Assert.Equal(first.Indices, second.Indices);
        Assert.Equal(first.CoveringRadius, second.CoveringRadius);
    }

    [Fact]
    public void PermutedCloudGivesSamePoints()
    {
        PointCloud cloud = RandomClouds.Uniform(500, 3, seed: 9);
        int[] permutation = RandomClouds.Permutation(500, seed: 4);
        PointCloud permuted = RandomClouds.Permute(cloud, permutation);

        LandmarkSelection original = MaxMinLandmarks.Select(cloud, 60);
        LandmarkSelection shuffled = MaxMinLandmarks.Select(permuted, 60);

        // Row i of the permuted cloud is row permutation[i] of the original.
        Assert.Equal(original.Indices, shuffled.Indices.Select(index => permutation[index]));
        Assert.Equal(original.CoveringRadius, shuffled.CoveringRadius);
        Assert.Equal(original.ExtractFrom(cloud).Coordinates, shuffled.ExtractFrom(permuted).Coordinates);
    }

    [Fact]
    public void ExtractCopiesPointsInSelectionOrder()
    {
        var cloud = PointCloud.FromRows([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]]);
        var selection = new LandmarkSelection([2, 0], 2.0);

        PointCloud extracted = selection.ExtractFrom(cloud);

        Assert.Equal(2, extracted.Count);
        Assert.Equal(2, extracted.Dimension);
        Assert.Equal([4.0, 5.0, 0.0, 1.0], extracted.Coordinates);
    }

    [Fact]
    public void InvalidArgumentsAreRejected()
    {
        PointCloud cloud = RandomClouds.Uniform(10, 2, seed: 1);
        var withNaN = PointCloud.FromRows([[0.0, 0.0], [double.NaN, 1.0]]);

        var count = Assert.Throws<ArgumentOutOfRangeException>(() => MaxMinLandmarks.Select(cloud, 0));
        Assert.Equal("count", count.ParamName);
        Assert.Throws<ArgumentNullException>(() => MaxMinLandmarks.Select(null!, 3));
        Assert.Throws<ArgumentException>(() => MaxMinLandmarks.Select(new PointCloud([], 0, 2), 3));
        var nan = Assert.Throws<ArgumentException>(() => MaxMinLandmarks.Select(withNaN, 2));
        Assert.Contains("Neuron 1, coordinate 0", nan.Message, StringComparison.Ordinal);
    }
}
