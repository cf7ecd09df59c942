using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// Inputs whose coordinates or distances are finite doubles but beyond float.MaxValue (≈ 3.4028235e38), the range
/// of the engine's 32-bit distances: they are rejected with the point pair, never turned into +∞ distances.
/// </summary>
public sealed class FloatRangeTests
{
    [Fact]
    public void SquaredDistanceOverflowNamesThePair()
    {
        // d(0, 2) = 3e20 is a float, but its square 9e40 is not, so the float sum of squares overflows.
        var cloud = PointCloud.FromRows([[1e20, 0], [0, 0], [3e20, 0]]);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(cloud, new RipsOptions()));

        Assert.Contains("between points 0 and 1", exception.Message);
        Assert.Contains("32-bit float range", exception.Message);
        Assert.DoesNotContain("Parameter", exception.Message);
    }

    [Fact]
    public void SinglePrecisionDistanceOverflowNamesThePair()
    {
        var cloud = new SinglePrecisionPointCloud([1e20f, 0, 0, 0, 3e20f, 0], 3, 2);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(cloud, new RipsOptions()));

        Assert.Contains("between points 0 and 1 is 1E+20", exception.Message);
        Assert.Contains("32-bit float range", exception.Message);
    }

    [Fact]
    public void CoordinateBeyondFloatRangeIsNamed()
    {
        var cloud = PointCloud.FromRows([[0, 0], [0, 1e39]]);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(cloud, new RipsOptions()));

        Assert.Contains("Coordinate 1 of point 1 is 1E+39", exception.Message);
    }

    [Fact]
    public void DistanceEntryBeyondFloatRangeIsNamed()
    {
        var matrix = new DistanceMatrix(3, [1, 1e39, 2]);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(matrix, new RipsOptions()));

        Assert.Contains("between points 0 and 2 is 1E+39", exception.Message);
    }

    [Fact]
    public void SparseEdgeBeyondFloatRangeIsNamed()
    {
        var matrix = new SparseDistanceMatrix(3, [(0, 1, 1.0), (1, 2, 4e38)]);

        var exception = Assert.Throws<ArgumentException>(() => VietorisRips.Compute(matrix, new RipsOptions()));

        Assert.Contains("Edge (1, 2) has length 4E+38", exception.Message);
    }

    [Fact]
    public void LargeDistancesWithinRangeAreKept()
    {
        // 1e18 apart: squares 1e36 stay below float.MaxValue, so the pair is a finite interval.
        var cloud = PointCloud.FromRows([[0, 0], [1e18, 0]]);

        var diagram = VietorisRips.Compute(cloud, new RipsOptions());

        Assert.Equal([new PersistenceInterval(0, (float)1e18), new(0, double.PositiveInfinity)], diagram.Intervals(0));
    }
}
