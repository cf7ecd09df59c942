using Xunit;
using NeuronTopology.Numerics;

namespace NeuronTopology.Tests.Numerics;

public class Xoshiro256StarStarTests
{
    [Fact]
    public void SplitMix64_MatchesPublishedSequence()
    {
        // Outputs of the reference splitmix64.c for seed 1234567.
        ulong state = 1234567;
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        foreach (ulong value in expected)
            Assert.Equal(value, SplitMix64.Next(ref state));
    }

    [Fact]
    public void NextUInt64_MatchesReferenceFromState1234()
    {
        // Outputs of the reference xoshiro256starstar.c with s = {1, 2, 3, 4}.
        var random = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600];
        foreach (ulong value in expected)
            Assert.Equal(value, random.NextUInt64());
    }

    [Fact]
    public void Seed42_ExpandsThroughSplitMix64()
    {
        // State = first four SplitMix64 outputs of 42, then the reference step; computed independently in Python.
        var random = new Xoshiro256StarStar(42);
        Assert.Equal(1546998764402558742UL, random.NextUInt64());
        Assert.Equal(6990951692964543102UL, random.NextUInt64());
        Assert.Equal(12544586762248559009UL, random.NextUInt64());
    }

    [Fact]
    public void FromState_AllZero_Throws()
    {
        Assert.Throws<ArgumentException>(() => Xoshiro256StarStar.FromState(0, 0, 0, 0));
    }

    [Fact]
    public void NextDouble_IsTop53BitsScaled()
    {
        var reference = new Xoshiro256StarStar(7);
        var random = new Xoshiro256StarStar(7);
        for (int i = 0; i < 100; i++)
        {
            double expected = (reference.NextUInt64() >> 11) / 9007199254740992.0;
            double value = random.NextDouble();
            Assert.Equal(expected, value);
            Assert.InRange(value, 0.0, 1.0 - 1e-17);
        }
    }

    [Fact]
    public void NextDoubleRange_IsHalfOpenAndValidated()
    {
        var random = new Xoshiro256StarStar(21);
        for (int i = 0; i < 10_000; i++)
            Assert.InRange(random.NextDouble(-0.5, 0.25), -0.5, Math.BitDecrement(0.25));
        Assert.Equal(3.0, random.NextDouble(3.0, 3.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextDouble(1.0, 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextDouble(double.NegativeInfinity, 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextDouble(-double.MaxValue, double.MaxValue));
    }

    [Fact]
    public void NextInt32_StaysInRangeAndIsUniform()
    {
        var random = new Xoshiro256StarStar(3);
        var counts = new int[7];
        const int draws = 70_000;
        for (int i = 0; i < draws; i++)
            counts[random.NextInt32(7)]++;

        // Each count is Binomial(70000, 1/7): mean 10000, standard deviation ≈ 92.6; 6 sigma is about 556.
        foreach (int count in counts)
            Assert.InRange(count, 10_000 - 556, 10_000 + 556);
        Assert.Throws<ArgumentOutOfRangeException>(() => random.NextInt32(0));
    }

    [Fact]
    public void NextGaussian_HasUnitMomentsAndIsSeeded()
    {
        var random = new Xoshiro256StarStar(11);
        const int draws = 200_000;
        double sum = 0, sumSquares = 0, sumFourth = 0;
        for (int i = 0; i < draws; i++)
        {
            double x = random.NextGaussian();
            sum += x;
            sumSquares += x * x;
            sumFourth += x * x * x * x;
        }
        double mean = sum / draws;
        double variance = sumSquares / draws - mean * mean;

        // Standard errors: mean 1/√n ≈ 0.0022, variance √(2/n) ≈ 0.0032, fourth moment √(96/n) ≈ 0.022.
        Assert.InRange(mean, -0.012, 0.012);
        Assert.InRange(variance, 0.985, 1.015);
        Assert.InRange(sumFourth / draws, 3.0 - 0.12, 3.0 + 0.12);

        var first = new Xoshiro256StarStar(11);
        var second = new Xoshiro256StarStar(11);
        for (int i = 0; i < 9; i++)
            Assert.Equal(first.NextGaussian(), second.NextGaussian());
    }

    [Fact]
    public void NextGaussian_ScalesByStandardDeviation()
    {
        var standard = new Xoshiro256StarStar(5);
        var scaled = new Xoshiro256StarStar(5);
        for (int i = 0; i < 10; i++)
            Assert.Equal(3.0 + 2.0 * standard.NextGaussian(), scaled.NextGaussian(3.0, 2.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => scaled.NextGaussian(0.0, -1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => scaled.NextGaussian(double.NaN, 1.0));
    }

    [Fact]
    public void NextPermutation_IsPermutationAndSeeded()
    {
        int[] permutation = new Xoshiro256StarStar(9).NextPermutation(1000);
        Assert.Equal(Enumerable.Range(0, 1000), permutation.Order());
        Assert.Equal(permutation, new Xoshiro256StarStar(9).NextPermutation(1000));
        Assert.NotEqual(permutation, new Xoshiro256StarStar(10).NextPermutation(1000));
        Assert.NotEqual(Enumerable.Range(0, 1000), permutation);
    }

    [Fact]
    public void Shuffle_FirstPositionIsUniform()
    {
        var random = new Xoshiro256StarStar(1);
        var counts = new int[4];
        for (int i = 0; i < 40_000; i++)
        {
            Span<int> items = [0, 1, 2, 3];
            random.Shuffle(items);
            counts[items[0]]++;
        }
        // Binomial(40000, 1/4): standard deviation ≈ 86.6; 6 sigma ≈ 520.
        foreach (int count in counts)
            Assert.InRange(count, 10_000 - 520, 10_000 + 520);
    }

    [Fact]
    public void DeriveSeed_SeparatesStreams()
    {
        var seen = new HashSet<ulong>();
        for (ulong seed = 0; seed < 20; seed++)
            for (ulong stream = 0; stream < 20; stream++)
                Assert.True(seen.Add(SplitMix64.DeriveSeed(seed, stream)));
        Assert.Equal(SplitMix64.DeriveSeed(5, 3), SplitMix64.DeriveSeed(5, 3));
    }
}
