using Xunit;
using NeuronTopology.Geometry;

namespace NeuronTopology.Tests.Geometry;

public sealed class BiLipschitzTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void RotationGivesOneAndOne(int dimension)
    {
        PointCloud before = RandomClouds.Uniform(200, dimension, seed: 1);
        double[,] q = RandomClouds.Rotation(dimension, seed: 2);
        PointCloud after = RandomClouds.Map(before, x => RandomClouds.Apply(q, x));

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.Equal(1.0, result.LowerConstant, 1e-12);
        Assert.Equal(1.0, result.UpperConstant, 1e-12);
        Assert.Equal(1.0, result.Distortion, 1e-12);
        Assert.Equal(0, result.CoincidentPairCount);
    }

    [Theory]
    [InlineData(2, 0.37)]
    [InlineData(50, 2.5)]
    public void ScalingByCGivesCAndC(int dimension, double factor)
    {
        PointCloud before = RandomClouds.Uniform(150, dimension, seed: 3, offset: 5);
        PointCloud after = RandomClouds.Map(before, x => x.Select(v => factor * v + 1).ToArray());

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.Equal(factor, result.LowerConstant, factor * 1e-12);
        Assert.Equal(factor, result.UpperConstant, factor * 1e-12);
    }

    [Fact]
    public void TwoNeuronsSentToOnePoint()
    {
        PointCloud before = RandomClouds.Uniform(60, 20, seed: 4);
        double[] coordinates = (double[])before.Coordinates.Clone();
        before[7].CopyTo(coordinates.AsSpan(41 * 20, 20));
        PointCloud after = new(coordinates, 60, 20);

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.Equal(0.0, result.LowerConstant);
        Assert.Equal(double.PositiveInfinity, result.Distortion);
        Assert.Equal(7, result.LowerPair!.Value.First);
        Assert.Equal(41, result.LowerPair!.Value.Second);
        Assert.Equal(0.0, result.LowerPair!.Value.DistanceAfter);
    }

    [Fact]
    public void CoincidentStartPairsCountedNotDivided()
    {
        var before = PointCloud.FromRows([[0.0, 0.0], [1.0, 0.0], [0.0, 0.0], [1.0, 0.0], [0.0, 2.0]]);
        var after = PointCloud.FromRows([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [3.0, 0.0], [0.0, 2.0]]);

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.Equal(2, result.CoincidentPairCount);
        Assert.Equal(0, result.CoincidentExample!.Value.First);
        Assert.Equal(2, result.CoincidentExample!.Value.Second);
        Assert.Equal(1.0, result.CoincidentExample!.Value.DistanceAfter);
        var (lower, upper) = RandomClouds.BruteForceConstants(before, after);
        Assert.Equal(lower, result.LowerConstant, 1e-15);
        Assert.Equal(upper, result.UpperConstant, 1e-15);
        Assert.False(double.IsNaN(result.Distortion));
    }

    [Fact]
    public void AllCoincidentGivesNaN()
    {
        var before = PointCloud.FromRows([[1.0, 1.0], [1.0, 1.0]]);
        var after = PointCloud.FromRows([[0.0, 0.0], [1.0, 1.0]]);

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.True(double.IsNaN(result.LowerConstant));
        Assert.True(double.IsNaN(result.UpperConstant));
        Assert.Null(result.LowerPair);
        Assert.Equal(1, result.CoincidentPairCount);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(101)]
    [InlineData(12000)]
    public void MatchesBruteForce(int dimension)
    {
        // 150 neurons span three tiles, one of them partial, and rows not a multiple of four. In 12000
        // dimensions the Gram identity could not reach 1e-12, so direct differences are used throughout.
        PointCloud before = RandomClouds.Uniform(150, dimension, seed: 5, offset: 3);
        PointCloud after = RandomClouds.Uniform(150, dimension, seed: 6, offset: -2);

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        var (lower, upper) = RandomClouds.BruteForceConstants(before, after);
        Assert.Equal(lower, result.LowerConstant, lower * 1e-12);
        Assert.Equal(upper, result.UpperConstant, upper * 1e-12);
    }

    [Fact]
    public void CloseNeuronsFarFromOriginStayAccurate()
    {
        // Two neurons 1e-7 apart, about 1e3 from the centroid: the Gram identity alone would lose every
        // digit of their distance, so the pair must be recomputed by direct differences.
        const int dimension = 64;
        PointCloud spread = RandomClouds.Uniform(100, dimension, seed: 7);
        double[] coordinates = (double[])spread.Coordinates.Clone();
        for (int k = 0; k < dimension; k++)
        {
            coordinates[10 * dimension + k] = 1000 + 1e-7 * k;
            coordinates[20 * dimension + k] = 1000 + 1e-7 * k + 1e-7;
        }
        PointCloud before = new(coordinates, 100, dimension);
        PointCloud after = RandomClouds.Map(before, x => x.Select(v => 3 * v).ToArray());

        BiLipschitzResult result = BiLipschitz.Compute(before, after);

        Assert.Equal(3.0, result.LowerConstant, 1e-9);
        Assert.Equal(3.0, result.UpperConstant, 1e-9);
    }

    [Fact]
    public void PermutationMapsPairsAndKeepsConstants()
    {
        PointCloud before = RandomClouds.Uniform(130, 24, seed: 8);
        PointCloud after = RandomClouds.Uniform(130, 24, seed: 9);
        int[] permutation = RandomClouds.Permutation(130, seed: 10);

        BiLipschitzResult original = BiLipschitz.Compute(before, after);
        BiLipschitzResult permuted = BiLipschitz.Compute(RandomClouds.Permute(before, permutation), RandomClouds.Permute(after, permutation));

        Assert.Equal(original.LowerConstant, permuted.LowerConstant, 1e-13);
        Assert.Equal(original.UpperConstant, permuted.UpperConstant, 1e-13);
        NeuronPair lower = permuted.LowerPair!.Value;
        NeuronPair upper = permuted.UpperPair!.Value;
        Assert.Equal(
            (Math.Min(original.LowerPair!.Value.First, original.LowerPair!.Value.Second), Math.Max(original.LowerPair!.Value.First, original.LowerPair!.Value.Second)),
            (Math.Min(permutation[lower.First], permutation[lower.Second]), Math.Max(permutation[lower.First], permutation[lower.Second])));
        Assert.Equal(
            (original.UpperPair!.Value.First, original.UpperPair!.Value.Second),
            (Math.Min(permutation[upper.First], permutation[upper.Second]), Math.Max(permutation[upper.First], permutation[upper.Second])));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(60)]
    public void ThreadCountDoesNotChangeResult(int dimension)
    {
        PointCloud before = RandomClouds.Uniform(300, dimension, seed: 11);
        PointCloud after = RandomClouds.Uniform(300, dimension, seed: 12);
        var one = new BiLipschitzOptions { Threads = 1, ExtremePairCount = 5 };
        var two = one with { Threads = 2 };

        BiLipschitzResult single = BiLipschitz.Compute(before, after, one);
        BiLipschitzResult parallel = BiLipschitz.Compute(before, after, two);

        Assert.Equal(single.LowestPairs, parallel.LowestPairs);
        Assert.Equal(single.HighestPairs, parallel.HighestPairs);
        Assert.Equal(5, single.LowestPairs.Count);
    }

    [Fact]
    public void ExtremePairsSortedAndBeyondConstants()
    {
        PointCloud before = RandomClouds.Uniform(80, 5, seed: 13);
        PointCloud after = RandomClouds.Uniform(80, 5, seed: 14);

        BiLipschitzResult result = BiLipschitz.Compute(before, after, new BiLipschitzOptions { ExtremePairCount = 4 });

        for (int k = 1; k < 4; k++)
        {
            Assert.True(result.LowestPairs[k - 1].Ratio <= result.LowestPairs[k].Ratio);
            Assert.True(result.HighestPairs[k - 1].Ratio >= result.HighestPairs[k].Ratio);
        }
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(0.95, false)]
    public void ContractionBoundChecked(double bound, bool expected)
    {
        PointCloud before = RandomClouds.Uniform(40, 3, seed: 15);
        PointCloud after = RandomClouds.Map(before, x => x.Select(v => 0.9 * v).ToArray());

        BiLipschitzResult result = BiLipschitz.Compute(before, after, new BiLipschitzOptions { ContractionBound = bound });

        Assert.Equal(expected, result.SatisfiesContractionBound);
        Assert.Equal(bound, result.ContractionBound);
    }

    [Fact]
    public void ShapeMismatchNamesBothShapes()
    {
        PointCloud before = RandomClouds.Uniform(10, 3, seed: 16);
        PointCloud after = RandomClouds.Uniform(9, 3, seed: 17);

        var error = Assert.Throws<ArgumentException>(() => BiLipschitz.Compute(before, after));

        Assert.Contains("10 × 3", error.Message);
        Assert.Contains("9 × 3", error.Message);
    }

    [Fact]
    public void DimensionMismatchRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BiLipschitz.Compute(RandomClouds.Uniform(10, 3, seed: 18), RandomClouds.Uniform(10, 4, seed: 19)));

        Assert.Contains("10 × 4", error.Message);
    }

    [Fact]
    public void NaNCoordinateNamesNeuron()
    {
        PointCloud before = RandomClouds.Uniform(10, 3, seed: 20);
        PointCloud after = RandomClouds.Uniform(10, 3, seed: 21);
        after.Coordinates[3 * 3 + 2] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => BiLipschitz.Compute(before, after));

        Assert.Equal("after", error.ParamName);
        Assert.Contains("Neuron 3, coordinate 2", error.Message);
    }

    [Fact]
    public void InvalidOptionsRejected()
    {
        PointCloud cloud = RandomClouds.Uniform(10, 3, seed: 22);

        Assert.Throws<ArgumentOutOfRangeException>(() => BiLipschitz.Compute(cloud, cloud, new BiLipschitzOptions { Threads = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BiLipschitz.Compute(cloud, cloud, new BiLipschitzOptions { ExtremePairCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BiLipschitz.Compute(cloud, cloud, new BiLipschitzOptions { ContractionBound = double.NaN }));
    }
}
