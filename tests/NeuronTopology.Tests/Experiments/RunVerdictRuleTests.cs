using NeuronTopology.Experiments;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using NeuronTopology.Tests.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

/// <summary>
/// The run verdict of <see cref="EngineAnalysis"/>: the geometric rule first, then b0 over the band [0.2, 0.25] ×
/// diameter, on clouds made by hand so that each branch is taken; and the authors' 2-D runs keep their verdicts.
/// </summary>
public class RunVerdictRuleTests
{
    private const int Points = 40;
    private const int Dimension = 50;

    // 40 points evenly spaced on [0, 1] along the first axis of R^50.
    private static PointCloud Line() => Cloud((i, _) => 0.0);

    // The line with its right half moved by `gap` along the first axis and every point moved off the axis by about
    // `noise` in a direction of its own, so that all neighbour distances grow about fivefold. The largest
    // neighbour stretch is then far below 32 times the median, and the geometric rule finds no tear.
    private static PointCloud SplitNoisyLine(double gap, double noise)
    {
        var random = new Random(7);
        var offsets = new double[Points * Dimension];
        for (int i = 0; i < Points; i++)
        {
            for (int d = 1; d < Dimension; d++)
                offsets[i * Dimension + d] = noise * RandomNetworksNormal(random) / Math.Sqrt(Dimension - 1);
            offsets[i * Dimension] = i >= Points / 2 ? gap : 0.0;
        }
        return Cloud((i, d) => offsets[i * Dimension + d]);
    }

    private static PointCloud Cloud(Func<int, int, double> offset)
    {
        var coordinates = new double[Points * Dimension];
        for (int i = 0; i < Points; i++)
        {
            for (int d = 0; d < Dimension; d++)
                coordinates[i * Dimension + d] = (d == 0 ? i / (Points - 1.0) : 0.0) + offset(i, d);
        }
        return new PointCloud(coordinates, Points, Dimension);
    }

    private static double RandomNetworksNormal(Random random) => NeuronTopology.Tests.Training.RandomNetworks.Normal(random);

    private static RunVerdict Classify(params PointCloud[] clouds)
    {
        var analysis = new EngineAnalysis();
        var snapshots = clouds.Select((cloud, index) => ((long)index * 100, cloud)).ToList();
        var diagrams = snapshots.Select(snapshot =>
        {
            TopologyMeasurement measured = analysis.MeasureTopology(snapshot.cloud, maxPoints: 0, threads: 1, CancellationToken.None);
            return (snapshot.Item1, measured.Diagram, measured.Scale);
        }).ToList();
        return analysis.Classify(snapshots, diagrams, threads: 1);
    }

    [Fact]
    public void SplitComponentsAreTorn()
    {
        PointCloud first = Line(), last = SplitNoisyLine(gap: 1.0, noise: 0.1);
        Assert.Equal(VerdictKind.Preserved, TopologyVerdict.Classify([(0, first), (100, last)]).Kind);

        RunVerdict verdict = Classify(first, last);

        Assert.Equal("torn", verdict.Kind);
        Assert.Equal(100, verdict.FirstStep);
        Assert.Empty(verdict.Witnesses);
        Assert.Contains("b0 1 → 2", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void JoinedComponentsAreFolded()
    {
        PointCloud first = SplitNoisyLine(gap: 1.0, noise: 0.1), last = Line();
        Assert.Equal(VerdictKind.Preserved, TopologyVerdict.Classify([(0, first), (100, last)]).Kind);

        RunVerdict verdict = Classify(first, last);

        Assert.Equal("folded", verdict.Kind);
        Assert.Equal(100, verdict.FirstStep);
        Assert.Contains("b0 2 → 1", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstRobustChangeIsReported()
    {
        RunVerdict verdict = Classify(Line(), SplitNoisyLine(gap: 0.0, noise: 0.1), SplitNoisyLine(gap: 1.0, noise: 0.1));

        Assert.Equal("torn", verdict.Kind);
        Assert.Equal(200, verdict.FirstStep);
    }

    [Fact]
    public void WidenedLoopDoesNotDecide()
    {
        // A thin ellipse has no loop at 0.2 to 0.25 × diameter; widened into a circle it has one at every such scale.
        PointCloud thin = Ellipse(0.05), round = Ellipse(1.0);
        Assert.Equal(VerdictKind.Preserved, TopologyVerdict.Classify([(0, thin), (100, round)]).Kind);

        RunVerdict verdict = Classify(thin, round);

        Assert.Equal("preserved", verdict.Kind);
        Assert.Null(verdict.FirstStep);
        Assert.Contains("b1 0 → 1", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void GeometricBreakOutranksBetti()
    {
        // Without noise the split line's neighbour pair (19, 20) stretches 40 times, beyond Λ = 32: torn by the
        // geometric rule, with that pair as witness.
        RunVerdict verdict = Classify(Line(), SplitNoisyLine(gap: 1.0, noise: 0.0));

        Assert.Equal("torn", verdict.Kind);
        Assert.Equal([(19, 20)], verdict.Witnesses);
        Assert.Contains("near neighbours", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void GeometricVerdictWithoutDiagrams()
    {
        var snapshots = new List<(long, PointCloud)> { (0, Line()), (100, SplitNoisyLine(gap: 1.0, noise: 0.1)) };

        RunVerdict verdict = new EngineAnalysis().Classify(snapshots, [], threads: 1);

        Assert.Equal("preserved", verdict.Kind);
        Assert.Contains("no Betti numbers", verdict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PaperRunTests.Runs), MemberType = typeof(PaperRunTests))]
    public void PaperRunsKeepVerdicts(string name)
    {
        PaperRun run = PaperRun.Load(name);
        var snapshots = run.Snapshots();
        // b0 alone decides among the Betti numbers, so diagrams of dimension 0 give the same verdict as full ones.
        var diagrams = snapshots.Select(snapshot =>
        {
            double scale = PaperBetti.RelativeScale * CloudDiameter.Compute(snapshot.Cloud, 1).Diameter;
            return (snapshot.Step, VietorisRips.Compute(snapshot.Cloud, new RipsOptions { MaxDimension = 0, Threshold = scale, Threads = 1 }), scale);
        }).ToList();

        RunVerdict verdict = new EngineAnalysis().Classify(snapshots, diagrams, threads: 1);

        TopologyVerdictResult geometric = TopologyVerdict.Classify(snapshots);
        Assert.Equal(geometric.Kind.ToString().ToLowerInvariant(), verdict.Kind);
        Assert.Equal(run.Looks.StartsWith("preserved", StringComparison.OrdinalIgnoreCase), !verdict.IsBroken);
    }

    private static PointCloud Ellipse(double height)
    {
        var rows = new double[Points][];
        for (int i = 0; i < Points; i++)
        {
            double angle = 2 * Math.PI * i / Points;
            rows[i] = [Math.Cos(angle), height * Math.Sin(angle)];
        }
        return PointCloud.FromRows(rows);
    }
}
