using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

public sealed class TopologyVerdictTests
{
    private const int Count = 400;

    // Points on the unit circle at angles 2π(k + 0.3)/n, so no two points are diametrically opposite.
    private static PointCloud Circle(Func<double, double[]>? map = null)
    {
        var rows = new double[Count][];
        for (int k = 0; k < Count; k++)
        {
            double angle = 2 * Math.PI * (k + 0.3) / Count;
            rows[k] = map?.Invoke(angle) ?? [Math.Cos(angle), Math.Sin(angle)];
        }
        return PointCloud.FromRows(rows);
    }

    private static PointCloud Fling(PointCloud cloud, int[] neurons, double distance)
    {
        double[] coordinates = (double[])cloud.Coordinates.Clone();
        foreach (int neuron in neurons)
            coordinates[neuron * 2] += distance;
        return new PointCloud(coordinates, cloud.Count, cloud.Dimension);
    }

    [Fact]
    public void UniformScalingPreserved()
    {
        PointCloud start = Circle();
        PointCloud grown = RandomClouds.Map(start, x => [100 * x[0], 100 * x[1]]);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (10, grown)]);

        Assert.Equal(VerdictKind.Preserved, verdict.Kind);
        Assert.Null(verdict.FirstStep);
        Assert.Equal(100.0, verdict.Series[1].TypicalStretch, 1e-9);
        Assert.Equal(1.0, verdict.Series[1].RelativeLowerConstant, 1e-9);
    }

    [Fact]
    public void DuplicatedNeuronThatSeparatesIsTorn()
    {
        // Neuron 1 starts on neuron 0 and moves 1e-3 away at step 20; every ratio stays 1, yet one point became two.
        double[] coordinates = (double[])Circle().Coordinates.Clone();
        coordinates[2] = coordinates[0];
        coordinates[3] = coordinates[1];
        var start = new PointCloud(coordinates, Count, 2);
        var later = new PointCloud((double[])coordinates.Clone(), Count, 2);
        later.Coordinates[2] += 1e-3;

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (10, start), (20, later)]);

        Assert.Equal(VerdictKind.Torn, verdict.Kind);
        Assert.Equal(20, verdict.FirstStep);
        Assert.Equal(1, verdict.Series[2].FromStart.SeparatedCoincidentPairCount);
        NeuronPair witness = verdict.Witnesses[0];
        Assert.Equal((0, 1), (witness.First, witness.Second));
        Assert.Equal(0, witness.DistanceBefore);
        Assert.Equal(1e-3, witness.DistanceAfter, 1e-12);
    }

    [Fact]
    public void SmoothDeformationPreserved()
    {
        PointCloud start = Circle();
        PointCloud ellipse = Circle(angle => [4 * Math.Cos(angle) + 0.3 * Math.Sin(angle), Math.Sin(angle)]);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (10, ellipse)]);

        Assert.Equal(VerdictKind.Preserved, verdict.Kind);
        Assert.Empty(verdict.Witnesses);
    }

    [Fact]
    public void FlungNeuronsTorn()
    {
        PointCloud start = Circle();
        int[] flung = [17, 18, 203];
        PointCloud torn = Fling(start, flung, 5);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (5, start), (10, torn)]);

        Assert.Equal(VerdictKind.Torn, verdict.Kind);
        Assert.Equal(10, verdict.FirstStep);
        Assert.NotEmpty(verdict.Witnesses);
        Assert.All(verdict.Witnesses, pair => Assert.True(flung.Contains(pair.First) || flung.Contains(pair.Second)));
        Assert.True(verdict.Series[2].IsTorn);
        Assert.False(verdict.Series[1].IsTorn);
    }

    [Fact]
    public void PinchedCircleFolded()
    {
        // (cos θ, sin 2θ / 2) pinches the circle into a figure eight: the points near θ = π/2 and
        // θ = 3π/2 pass close to the origin from opposite sides of the start circle.
        PointCloud start = Circle();
        PointCloud pinched = Circle(angle => [Math.Cos(angle), Math.Sin(2 * angle) / 2]);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (10, pinched)]);

        Assert.Equal(VerdictKind.Folded, verdict.Kind);
        Assert.Equal(10, verdict.FirstStep);
        NeuronPair witness = verdict.Witnesses[0];
        Assert.True(witness.DistanceBefore > 1.9, $"witness started {witness.DistanceBefore} apart");
        Assert.True(witness.DistanceAfter > 0);
    }

    [Fact]
    public void NeuronsOntoEachOtherMerged()
    {
        PointCloud start = Circle();
        double[] coordinates = (double[])start.Coordinates.Clone();
        coordinates[300 * 2] = coordinates[100 * 2];
        coordinates[300 * 2 + 1] = coordinates[100 * 2 + 1];
        PointCloud merged = new(coordinates, Count, 2);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (7, merged)]);

        Assert.Equal(VerdictKind.Merged, verdict.Kind);
        Assert.Equal(7, verdict.FirstStep);
        Assert.Equal((100, 300), (verdict.Witnesses[0].First, verdict.Witnesses[0].Second));
        Assert.Equal(0.0, verdict.Witnesses[0].DistanceAfter);
    }

    [Fact]
    public void CollapsedCloudMerged()
    {
        PointCloud start = Circle();
        PointCloud point = new(new double[Count * 2], Count, 2);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (1, point)]);

        Assert.Equal(VerdictKind.Merged, verdict.Kind);
        Assert.Equal(0.0, verdict.Series[1].TypicalStretch);
    }

    [Fact]
    public void SeriesHasStepToStepConstants()
    {
        PointCloud start = Circle();
        PointCloud doubled = RandomClouds.Map(start, x => [2 * x[0], 2 * x[1]]);
        PointCloud tripled = RandomClouds.Map(start, x => [3 * x[0], 3 * x[1]]);

        TopologyVerdictResult verdict = TopologyVerdict.Classify([(0, start), (1, doubled), (2, tripled)]);

        Assert.Equal(3, verdict.Series.Count);
        Assert.Equal(3.0, verdict.Series[2].FromStart.LowerConstant, 1e-12);
        Assert.Equal(1.5, verdict.Series[2].StepToStep!.LowerConstant, 1e-12);
        Assert.Equal(1.5, verdict.Series[2].StepToStep!.UpperConstant, 1e-12);
        Assert.Equal(2, verdict.Series[2].Step);
    }

    [Fact]
    public void ThreadCountDoesNotChangeVerdict()
    {
        PointCloud start = RandomClouds.Uniform(300, 20, seed: 30);
        PointCloud end = Fling(RandomClouds.Map(start, x => x.Select(v => 1.3 * v).ToArray()), [5], 40);

        TopologyVerdictResult single = TopologyVerdict.Classify([(0, start), (1, end)], new VerdictOptions { Threads = 1 });
        TopologyVerdictResult parallel = TopologyVerdict.Classify([(0, start), (1, end)], new VerdictOptions { Threads = 2 });

        Assert.Equal(single.Kind, parallel.Kind);
        Assert.Equal(single.Witnesses, parallel.Witnesses);
        Assert.Equal(single.Series[1].TypicalStretch, parallel.Series[1].TypicalStretch);
        Assert.Equal(single.Series[1].FromStart.LowestPairs, parallel.Series[1].FromStart.LowestPairs);
    }

    [Fact]
    public void ProgressReportsEverySnapshot()
    {
        PointCloud start = Circle();
        var reported = new List<int>();
        var progress = new SynchronousProgress(reported.Add);

        TopologyVerdict.Classify([(0, start), (1, start), (2, start)], new VerdictOptions { Progress = progress });

        Assert.Equal([1, 2, 3], reported);
    }

    [Fact]
    public void StepsMustIncrease()
    {
        PointCloud start = Circle();

        var error = Assert.Throws<ArgumentException>(() => TopologyVerdict.Classify([(5, start), (5, start)]));

        Assert.Contains("step 5", error.Message);
    }

    [Fact]
    public void NoSnapshotRejected()
    {
        Assert.Throws<ArgumentException>(() => TopologyVerdict.Classify([]));
    }

    [Fact]
    public void ShapeMismatchRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TopologyVerdict.Classify([(0, RandomClouds.Uniform(10, 2, seed: 31)), (1, RandomClouds.Uniform(11, 2, seed: 32))]));

        Assert.Contains("11 × 2", error.Message);
    }

    [Fact]
    public void InvalidOptionsRejected()
    {
        IReadOnlyList<(long, PointCloud)> snapshots = [(0, Circle())];

        Assert.Throws<ArgumentOutOfRangeException>(() => TopologyVerdict.Classify(snapshots, new VerdictOptions { DistortionLimit = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopologyVerdict.Classify(snapshots, new VerdictOptions { NeighbourCount = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopologyVerdict.Classify(snapshots, new VerdictOptions { MergeFraction = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TopologyVerdict.Classify(snapshots, new VerdictOptions { WitnessCount = 0 }));
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
