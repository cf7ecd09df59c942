using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Homology;

public class TopologyTimelineTests
{
    private const int PointCount = 40;

    [Fact]
    public void Timeline_PinchedCircle_ChangesAtSplit()
    {
        // Step 0: unit circle. Step 10: the same circle stretched into an ellipse, still one loop. Step 20: each
        // half squeezed into a blob of radius 0.1 around (±2, 0), two components 3.8 apart and no loop.
        CloudSnapshot[] snapshots =
        [
            new(0, Circle((x, y) => (x, y))),
            new(10, Circle((x, y) => (1.5 * x, 0.8 * y))),
            new(20, Circle((x, y) => (Math.Sign(x) * 2 + 0.1 * x, 0.1 * y))),
        ];

        var timeline = TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1 });

        Assert.Equal([1, 1, 0], timeline.Frames[0].BettiNumbers);
        Assert.Equal([1, 1, 0], timeline.Frames[1].BettiNumbers);
        Assert.Equal([2, 0, 0], timeline.Frames[2].BettiNumbers);
        Assert.Equal(20, timeline.FirstBettiChangeStep);
        Assert.Equal(2.0, timeline.Frames[0].Diameter, 1e-12);
        Assert.Equal(0.5, timeline.Frames[0].Scale, 1e-12);
        Assert.Equal([1, 1], timeline.Frames[0].PersistentFeatures);
        Assert.Equal([2, 0], timeline.Frames[2].PersistentFeatures);
    }

    [Fact]
    public void Timeline_BettiNumbers_MatchPaperBetti()
    {
        var clouds = new[] { Circle((x, y) => (x, y)), Circle((x, y) => (Math.Sign(x) * 2 + 0.1 * x, 0.1 * y)), Circle((x, y) => (x, 0.3 * y)) };
        var snapshots = clouds.Select((cloud, i) => new CloudSnapshot(i, cloud)).ToArray();

        var full = TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1 });
        var withoutVoids = TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1, BettiMaxDimension = 1 });

        for (int i = 0; i < clouds.Length; i++)
        {
            var paper = PaperBetti.Compute(clouds[i], threads: 1);
            Assert.Equal([paper.B0, paper.B1, paper.B2], full.Frames[i].BettiNumbers);
            Assert.Equal([paper.B0, paper.B1], withoutVoids.Frames[i].BettiNumbers);
            Assert.Equal(paper.Diameter, full.Frames[i].Diameter);
            Assert.Equal(paper.Scale, full.Frames[i].Scale);
        }
    }

    [Fact]
    public void Timeline_Bottleneck_BoundedByLostLoop()
    {
        // The ellipse has one long loop of persistence P; the pinched cloud only short-lived loops, the longest
        // of persistence p. Matching the long loop costs at least (P − p)/2, and matching every point to the
        // diagonal costs max(P, p)/2, so the bottleneck distance in dimension 1 lies between the two.
        CloudSnapshot[] snapshots =
        [
            new(0, Circle((x, y) => (1.5 * x, 0.8 * y))),
            new(1, Circle((x, y) => (Math.Sign(x) * 2 + 0.1 * x, 0.1 * y))),
        ];

        var timeline = TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1 });

        Assert.Null(timeline.Frames[0].BottleneckToPrevious);
        double longLoop = timeline.Frames[0].Diagram.Intervals(1).Max(interval => interval.Persistence);
        double shortLoop = timeline.Frames[1].Diagram.Intervals(1).Select(interval => interval.Persistence).DefaultIfEmpty(0).Max();
        double bottleneck = timeline.Frames[1].BottleneckToPrevious![1];
        Assert.True(longLoop > 0.6, $"the ellipse's loop should persist; persistence {longLoop}");
        Assert.True(shortLoop < 0.05, $"the pinched cloud should have only short loops; persistence {shortLoop}");
        Assert.InRange(bottleneck, (longLoop - shortLoop) / 2, Math.Max(longLoop, shortLoop) / 2);
    }

    [Fact]
    public void Timeline_RigidMotion_KeepsTopologyAndDiagram()
    {
        // A rotation and translation preserve all distances, so the diagrams agree up to 32-bit rounding.
        CloudSnapshot[] snapshots =
        [
            new(0, Circle((x, y) => (x, y))),
            new(5, Circle((x, y) => (0.6 * x - 0.8 * y + 3, 0.8 * x + 0.6 * y - 1))),
        ];

        var timeline = TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1 });

        Assert.Null(timeline.FirstBettiChangeStep);
        Assert.All(timeline.Frames[1].BottleneckToPrevious!, distance => Assert.True(distance < 1e-6, $"bottleneck {distance}"));
    }

    [Fact]
    public void Timeline_ReportsEachFrame()
    {
        var reported = new List<long>();
        CloudSnapshot[] snapshots = [new(1, Circle((x, y) => (x, y))), new(2, Circle((x, y) => (2 * x, y)))];

        TopologyTimeline.Compute(snapshots, new TopologyTimelineOptions { Threads = 1 }, new SynchronousProgress<TopologyFrame>(frame => reported.Add(frame.Step)));

        Assert.Equal([1, 2], reported);
    }

    [Fact]
    public void Timeline_Empty_HasNoFrames()
    {
        var timeline = TopologyTimeline.Compute([]);

        Assert.Empty(timeline.Frames);
        Assert.Null(timeline.FirstBettiChangeStep);
    }

    [Fact]
    public void Timeline_InvalidInput_Throws()
    {
        var circle = Circle((x, y) => (x, y));

        Assert.Throws<ArgumentException>("snapshots", () => TopologyTimeline.Compute([new(5, circle), new(5, circle)]));
        Assert.Throws<ArgumentOutOfRangeException>("RelativePersistence", () => TopologyTimeline.Compute([new(0, circle)], new TopologyTimelineOptions { RelativePersistence = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>("MaxDimension", () => TopologyTimeline.Compute([new(0, circle)], new TopologyTimelineOptions { MaxDimension = -1 }));
    }

    // Points at angles (k + ½)·2π/40, so no point has x = 0 and Math.Sign splits the circle evenly.
    private static PointCloud Circle(Func<double, double, (double X, double Y)> map)
    {
        var rows = new List<double[]>();
        for (int k = 0; k < PointCount; k++)
        {
            double angle = (k + 0.5) * 2 * Math.PI / PointCount;
            var (x, y) = map(Math.Cos(angle), Math.Sin(angle));
            rows.Add([x, y]);
        }
        return PointCloud.FromRows(rows);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
