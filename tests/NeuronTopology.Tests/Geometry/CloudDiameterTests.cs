using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

public sealed class CloudDiameterTests
{
    [Fact]
    public void MatchesDirectPairScan()
    {
        PointCloud cloud = RandomCloud(count: 300, dimension: 7, seed: 3);
        double expected = 0;
        for (int i = 0; i < cloud.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double sum = 0;
                for (int t = 0; t < cloud.Dimension; t++)
                {
                    double difference = cloud[i][t] - cloud[j][t];
                    sum += difference * difference;
                }
                expected = Math.Max(expected, Math.Sqrt(sum));
            }
        }

        double diameter = CloudDiameter.Compute(cloud, threads: 1).Diameter;

        Assert.Equal(expected, diameter, 1e-12 * expected);
    }

    [Fact]
    public void SameForEveryThreadCount()
    {
        PointCloud cloud = RandomCloud(count: 500, dimension: 3, seed: 5);

        var one = CloudDiameter.Compute(cloud, threads: 1);
        var two = CloudDiameter.Compute(cloud, threads: 2);

        Assert.Equal(one, two);
    }

    [Fact]
    public void FewerThanTwoPointsGiveZero()
    {
        Assert.Equal((0.0, -1, -1), CloudDiameter.Compute(PointCloud.FromRows([[1.0, 2.0]])));
        Assert.Equal((0.0, -1, -1), CloudDiameter.Compute(new PointCloud([], 0, 2)));
    }

    [Fact]
    public void NonFiniteCoordinateRejected()
    {
        var cloud = PointCloud.FromRows([[0.0, 0.0], [double.NaN, 1.0]]);

        Assert.Throws<ArgumentException>(() => CloudDiameter.Compute(cloud));
    }

    private static PointCloud RandomCloud(int count, int dimension, int seed)
    {
        var random = new Random(seed);
        var coordinates = new double[count * dimension];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = 2 * random.NextDouble() - 1;
        return new PointCloud(coordinates, count, dimension);
    }
}
