using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

/// <summary>Betti numbers of the initial shapes through the library's Vietoris–Rips engine.</summary>
public class ShapeHomologyTests
{
    // Undo w = 0.1·x − 2 on the first coordinate. The map is a linear bijection and keeps the topology,
    // but it squeezes the shape tenfold along one axis, which the scales below are not chosen for.
    private static PointCloud Unmapped(PointCloud neurons)
    {
        var coordinates = (double[])neurons.Coordinates.Clone();
        for (int i = 0; i < neurons.Count; i++)
            coordinates[i * neurons.Dimension] = IncomingWeightMap.Invert(coordinates[i * neurons.Dimension]);
        return new PointCloud(coordinates, neurons.Count, neurons.Dimension);
    }

    private static double Diameter(PointCloud cloud)
    {
        double maximum = 0;
        for (int i = 0; i < cloud.Count; i++)
            for (int j = i + 1; j < cloud.Count; j++)
            {
                double squared = 0;
                for (int d = 0; d < cloud.Dimension; d++)
                {
                    double difference = cloud[i][d] - cloud[j][d];
                    squared += difference * difference;
                }
                maximum = Math.Max(maximum, squared);
            }
        return Math.Sqrt(maximum);
    }

    [Fact]
    public void FigureEight_HasTwoLoopsAtPaperScale()
    {
        PointCloud cloud = Unmapped(FigureEightShape.Sample(400, new Xoshiro256StarStar(2333)));
        double scale = 0.25 * Diameter(cloud);

        int[] betti = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 1, Threshold = scale }).BettiNumbers(scale);

        Assert.Equal(1, betti[0]);
        Assert.Equal(2, betti[1]);
    }

    [Fact]
    public void TwoCircles_HaveTwoComponentsAndTwoLoops()
    {
        // The circles are 0.4 apart, so below that scale they stay separate. Consecutive neurons are about 2π/64 ≈ 0.1 apart.
        PointCloud cloud = Unmapped(TwoCirclesShape.Create(128));

        int[] betti = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 1, Threshold = 0.5 }).BettiNumbers(0.3);

        Assert.Equal(2, betti[0]);
        Assert.Equal(2, betti[1]);
    }

    [Fact]
    public void DoubleTorus_HasOneComponentAndTwoLoops()
    {
        // Holes of radius 0.3, tubes of radius 0.2: at 0.3 the samples are connected and both holes still open.
        PointCloud cloud = Unmapped(SolidDoubleTorusShape.Sample(800, new Xoshiro256StarStar(2333)));

        int[] betti = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 1, Threshold = 0.35 }).BettiNumbers(0.3);

        Assert.Equal(1, betti[0]);
        Assert.Equal(2, betti[1]);
    }

    [Fact]
    public void EmbeddedSphere_HasOneVoidAtPaperScale()
    {
        // 1024 neurons, the MNIST network's hidden size: the void is born near 0.41, below the scale 0.5. With
        // 400 random neurons the sampling gaps are so wide that the void is born at 0.47 and dies at 0.48.
        PointCloud cloud = EmbeddedSphereShape.Sample(1024, 794, new Xoshiro256StarStar(2333));
        double scale = 0.25 * Diameter(cloud);

        int[] betti = VietorisRips.Compute(cloud, new RipsOptions { MaxDimension = 2, Threshold = scale }).BettiNumbers(scale);

        Assert.Equal(1, betti[0]);
        Assert.Equal(0, betti[1]);
        Assert.Equal(1, betti[2]);
    }
}
