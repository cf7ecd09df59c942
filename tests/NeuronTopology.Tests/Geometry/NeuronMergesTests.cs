using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

public sealed class NeuronMergesTests
{
    [Fact]
    public void DuplicatesFormClusters()
    {
        var cloud = PointCloud.FromRows([[0.0, 0.0], [5.0, 0.0], [0.0, 0.0], [5.0, 0.0], [0.0, 5.0]]);

        NeuronClustering clustering = NeuronMerges.Cluster(cloud, MergeTolerance.Absolute(0));

        Assert.Equal(3, clustering.ClusterCount);
        Assert.Equal([0, 1, 0, 1, 4], clustering.Labels);
        Assert.Equal(2, clustering.Links.Count);
    }

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(0.999, 10)]
    public void SingleLinkageChains(double tolerance, int expected)
    {
        var cloud = PointCloud.FromRows(Enumerable.Range(0, 10).Select(i => new[] { (double)i, 0.0 }).ToArray());

        NeuronClustering clustering = NeuronMerges.Cluster(cloud, MergeTolerance.Absolute(tolerance));

        Assert.Equal(expected, clustering.ClusterCount);
    }

    [Fact]
    public void RelativeToleranceUsesDiameter()
    {
        var cloud = PointCloud.FromRows([[0.0], [0.5], [10.0]]);

        NeuronClustering clustering = NeuronMerges.Cluster(cloud, MergeTolerance.RelativeToDiameter(0.06));

        Assert.Equal(10.0, clustering.Diameter);
        Assert.Equal(0.6, clustering.Tolerance, 1e-15);
        Assert.Equal(2, clustering.ClusterCount);
        Assert.Equal(0.5, clustering.Links[0].DistanceAfter);
    }

    [Fact]
    public void HighDimensionFindsNearDuplicates()
    {
        // 200 neurons in 30 dimensions (the Gram path), with neurons 3k and 3k + 1 a tiny step apart.
        PointCloud random = RandomClouds.Uniform(200, 30, seed: 40, offset: 7);
        double[] coordinates = (double[])random.Coordinates.Clone();
        for (int k = 0; k + 1 < 200; k += 3)
        {
            for (int c = 0; c < 30; c++)
                coordinates[(k + 1) * 30 + c] = coordinates[k * 30 + c] + 1e-9 * c;
        }
        var cloud = new PointCloud(coordinates, 200, 30);

        NeuronClustering one = NeuronMerges.Cluster(cloud, MergeTolerance.Absolute(1e-6), threads: 1);
        NeuronClustering two = NeuronMerges.Cluster(cloud, MergeTolerance.Absolute(1e-6), threads: 2);

        Assert.Equal(200 - 67, one.ClusterCount);
        Assert.Equal(one.Labels, two.Labels);
        Assert.Equal(one.Links, two.Links);
        Assert.Equal(3, one.Labels[4]);
    }

    [Fact]
    public void TrackListsMergeEvents()
    {
        var start = PointCloud.FromRows([[0.0], [1.0], [2.0], [3.0]]);
        var pairMerged = PointCloud.FromRows([[0.0], [0.0], [2.0], [3.0]]);
        var twoPairs = PointCloud.FromRows([[0.0], [0.0], [2.5], [2.5000001]]);

        MergeHistory history = NeuronMerges.Track([(0, start), (5, pairMerged), (9, twoPairs)], MergeTolerance.Absolute(1e-3));

        Assert.Equal([(0L, 4), (5L, 3), (9L, 2)], history.Widths);
        Assert.Equal(2, history.Events.Count);
        Assert.Equal(new MergeEvent(5, 0, 1, 0.0), history.Events[0]);
        Assert.Equal(9, history.Events[1].Step);
        Assert.Equal((2, 3), (history.Events[1].First, history.Events[1].Second));
        Assert.Equal(1e-7, history.Events[1].Distance, 1e-12);
    }

    [Fact]
    public void TrackReportsStartMergesAtFirstStep()
    {
        var start = PointCloud.FromRows([[0.0], [0.0], [1.0]]);

        MergeHistory history = NeuronMerges.Track([(3, start), (4, start)], MergeTolerance.Absolute(0));

        Assert.Single(history.Events);
        Assert.Equal(new MergeEvent(3, 0, 1, 0.0), history.Events[0]);
    }

    [Fact]
    public void DiameterOfKnownCloud()
    {
        var cloud = PointCloud.FromRows([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]]);

        var (diameter, first, second) = CloudDiameter.Compute(cloud);

        Assert.Equal(5.0, diameter);
        Assert.Equal((0, 1), (first, second));
    }

    [Fact]
    public void InvalidToleranceRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MergeTolerance.Absolute(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MergeTolerance.RelativeToDiameter(double.NaN));
    }
}
