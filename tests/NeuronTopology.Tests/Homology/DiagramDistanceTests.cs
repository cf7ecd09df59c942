using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Homology;

public sealed class DiagramDistanceTests
{
    private const double Infinity = double.PositiveInfinity;

    [Fact]
    public void ShiftedPointMatchesPartner()
    {
        PersistenceInterval[] a = [new(0, 4)];
        PersistenceInterval[] b = [new(1, 4)];

        // Moving (0, 4) to (1, 4) costs 1; sending both to the diagonal would cost 2.
        Assert.Equal(1, DiagramDistance.Bottleneck(a, b));
        Assert.Equal(1, DiagramDistance.Wasserstein(a, b));
    }

    [Fact]
    public void UnmatchedPointGoesToDiagonal()
    {
        PersistenceInterval[] a = [new(0, 2)];

        Assert.Equal(1, DiagramDistance.Bottleneck(a, []));
        Assert.Equal(1, DiagramDistance.Wasserstein(a, []));
        Assert.Equal(0, DiagramDistance.Bottleneck([], []));
    }

    [Fact]
    public void MixedMatchingSumsAndMaxima()
    {
        PersistenceInterval[] a = [new(0, 2), new(0, 10)];
        PersistenceInterval[] b = [new(0, 10.5)];

        // (0, 10) ↔ (0, 10.5) costs 0.5 and (0, 2) goes to the diagonal at cost 1.
        Assert.Equal(1, DiagramDistance.Bottleneck(a, b));
        Assert.Equal(1.5, DiagramDistance.Wasserstein(a, b));
    }

    [Fact]
    public void BottleneckPrefersSmallerMaximum()
    {
        PersistenceInterval[] a = [new(0, 6), new(0, 3)];
        PersistenceInterval[] b = [new(0, 5), new(1, 3)];

        // (0,6)↔(0,5) costs 1 and (0,3)↔(1,3) costs 1: bottleneck 1, total 2.
        Assert.Equal(1, DiagramDistance.Bottleneck(a, b));
        Assert.Equal(2, DiagramDistance.Wasserstein(a, b));
    }

    [Fact]
    public void InfiniteIntervalsMatchByBirth()
    {
        PersistenceInterval[] a = [new(0, Infinity), new(2, Infinity)];
        PersistenceInterval[] b = [new(0.5, Infinity), new(2.25, Infinity)];

        Assert.Equal(0.5, DiagramDistance.Bottleneck(a, b));
        Assert.Equal(0.75, DiagramDistance.Wasserstein(a, b));
    }

    [Fact]
    public void InfiniteCountMismatchIsInfinite()
    {
        PersistenceInterval[] a = [new(0, Infinity), new(0, 1)];
        PersistenceInterval[] b = [new(0, 1)];

        Assert.Equal(Infinity, DiagramDistance.Bottleneck(a, b));
        Assert.Equal(Infinity, DiagramDistance.Wasserstein(a, b));
    }

    [Fact]
    public void RandomDiagramsSatisfyMetricBounds()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 20; trial++)
        {
            var a = RandomDiagram(random);
            var b = RandomDiagram(random);

            double bottleneck = DiagramDistance.Bottleneck(a, b);
            double wasserstein = DiagramDistance.Wasserstein(a, b);

            Assert.Equal(0, DiagramDistance.Bottleneck(a, a));
            Assert.Equal(0, DiagramDistance.Wasserstein(a, a), 12);
            Assert.Equal(bottleneck, DiagramDistance.Bottleneck(b, a));
            Assert.Equal(wasserstein, DiagramDistance.Wasserstein(b, a), 9);
            // The largest move is at most the total, and the total at most the count times the largest move.
            Assert.True(bottleneck <= wasserstein + 1e-12);
            Assert.True(wasserstein <= (a.Length + b.Length) * bottleneck + 1e-9);
        }
    }

    [Fact]
    public void WasserteinMatchesBruteForce()
    {
        var random = new Random(17);
        for (int trial = 0; trial < 30; trial++)
        {
            var a = RandomDiagram(random, maxCount: 3);
            var b = RandomDiagram(random, maxCount: 3);

            Assert.Equal(BruteForce(a, b, sum: true), DiagramDistance.Wasserstein(a, b), 9);
            Assert.Equal(BruteForce(a, b, sum: false), DiagramDistance.Bottleneck(a, b), 12);
        }
    }

    [Fact]
    public void PersistentFeatureCount()
    {
        var diagram = new PersistenceDiagram([[new(0, 1), new(0, 5), new(0, Infinity)], [new(1, 1.5), new(1, 4)]], threshold: 10, modulus: 2);

        Assert.Equal(2, diagram.CountPersistentFeatures(0, fraction: 0.25, diameter: 8));
        Assert.Equal(1, diagram.CountPersistentFeatures(1, fraction: 0.25, diameter: 8));
        Assert.Equal(3, diagram.CountPersistentFeatures(0, fraction: 0, diameter: 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => diagram.CountPersistentFeatures(0, fraction: -1, diameter: 8));
    }

    private static PersistenceInterval[] RandomDiagram(Random random, int maxCount = 8)
    {
        int count = random.Next(maxCount + 1);
        return Enumerable.Range(0, count).Select(_ =>
        {
            double birth = Math.Round(random.NextDouble() * 4, 2);
            return new PersistenceInterval(birth, birth + Math.Round(random.NextDouble() * 3, 2));
        }).ToArray();
    }

    /// <summary>Tries every assignment of A's points to B's points or the diagonal.</summary>
    private static double BruteForce(PersistenceInterval[] a, PersistenceInterval[] b, bool sum)
    {
        double best = double.PositiveInfinity;
        void Search(int i, bool[] used, double cost)
        {
            if (i == a.Length)
            {
                double total = cost;
                for (int j = 0; j < b.Length; j++)
                {
                    if (!used[j])
                        total = sum ? total + b[j].Persistence / 2 : Math.Max(total, b[j].Persistence / 2);
                }
                best = Math.Min(best, total);
                return;
            }
            double toDiagonal = a[i].Persistence / 2;
            Search(i + 1, used, sum ? cost + toDiagonal : Math.Max(cost, toDiagonal));
            for (int j = 0; j < b.Length; j++)
            {
                if (used[j])
                    continue;
                used[j] = true;
                double move = Math.Max(Math.Abs(a[i].Birth - b[j].Birth), Math.Abs(a[i].Death - b[j].Death));
                Search(i + 1, used, sum ? cost + move : Math.Max(cost, move));
                used[j] = false;
            }
        }
        Search(0, new bool[b.Length], 0);
        return best;
    }
}
