using NeuronTopology.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class SweepTests
{
    [Fact]
    public void SweepFindsBoundaryBetweenPreservedAndBroken()
    {
        // The fake stretches x by (1 + η·c) and y by (1 + η·c/2) a step (plus momentum), so D(0→end) grows with η;
        // the fake verdict breaks above D = 100. Over 15 steps D is 78 at η = 1 and 769 at η = 3.
        string directory = TestSpecs.TemporaryDirectory();
        var plan = new SweepPlan(TestSpecs.Short(), [0.01, 0.1, 0.3, 1.0, 3.0, 10.0], seedCount: 1);

        PhaseDiagram diagram = new SweepRunner(TestSpecs.FakeRunner()).Run(plan, directory, parallel: 2, new RunOptions { Threads = 2 });

        Assert.Equal(6, diagram.Points.Count);
        Assert.Equal([false, false, false, false, true, true], diagram.Points.Select(point => point.IsBroken));
        Assert.Equal(1.0, diagram.LargestPreserved);
        Assert.Equal(3.0, diagram.SmallestBroken);
        Assert.Equal(Math.Sqrt(3.0), diagram.EmpiricalCriticalLearningRate!.Value, 12);
        Assert.True(diagram.IsMonotone);
        Assert.Equal(1.0 / 3, diagram.TheoreticalCriticalLearningRate!.Value, 12);
        Assert.True(File.Exists(Path.Combine(directory, "phase-diagram.png")));
        Assert.Equal(7, File.ReadAllLines(Path.Combine(directory, "sweep.csv")).Length);
        Assert.Contains("\"empirical_critical_learning_rate\"", File.ReadAllText(Path.Combine(directory, "sweep.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedSweepSkipsFinishedRuns()
    {
        string directory = TestSpecs.TemporaryDirectory();
        var plan = new SweepPlan(TestSpecs.Short(), [0.01, 0.1], seedCount: 2);
        int created = 0;
        var runner = new ExperimentRunner((spec, _) =>
        {
            Interlocked.Increment(ref created);
            return new FakeTrainingRun(spec);
        }, new FakeAnalysis());

        PhaseDiagram first = new SweepRunner(runner).Run(plan, directory, parallel: 2, new RunOptions { Threads = 2 });
        PhaseDiagram second = new SweepRunner(runner).Run(plan, directory, parallel: 2, new RunOptions { Threads = 2 });

        Assert.Equal(4, created);
        Assert.Equal(first.Points.Select(point => point.Distortion), second.Points.Select(point => point.Distortion));
        Assert.Equal([2333UL, 2334UL, 2333UL, 2334UL], second.Points.Select(point => point.Seed));
    }

    [Fact]
    public void SweepOfAnotherSpecIntoSameDirectoryIsRejected()
    {
        // The first sweep finishes both runs; the second asks for the same grid of a spec with another batch size.
        // Reusing lr0.01-s2333 would label a batch-8 run as batch 4, so the sweep must stop and name the field.
        string directory = TestSpecs.TemporaryDirectory();
        new SweepRunner(TestSpecs.FakeRunner()).Run(new SweepPlan(TestSpecs.Short(), [0.01, 0.1], seedCount: 1), directory, parallel: 1, new RunOptions { Threads = 1 });
        var other = new SweepPlan(TestSpecs.Short(batchSize: 4), [0.01, 0.1], seedCount: 1);

        var exception = Assert.Throws<ExperimentSpecException>(() => new SweepRunner(TestSpecs.FakeRunner()).Run(other, directory, parallel: 1, new RunOptions { Threads = 1 }));

        Assert.Equal("$.batchSize", exception.JsonPath);
        Assert.Contains("lr0.01-s2333", exception.Message, StringComparison.Ordinal);
        Assert.Contains("8 there, 4 requested", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedStartLeavesNoRunDirectories()
    {
        string directory = TestSpecs.TemporaryDirectory();
        var plan = new SweepPlan(TestSpecs.Short(), [0.01, 0.1], seedCount: 1);
        var runner = new ExperimentRunner((_, _) => throw new InvalidDataException("no data"), new FakeAnalysis());

        Assert.Throws<InvalidDataException>(() => new SweepRunner(runner).Run(plan, directory, parallel: 1, new RunOptions { Threads = 1 }));

        Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
    }

    [Fact]
    public void RenamedSpecIsReportedByName()
    {
        // Same settings, another name: the mismatch is still rejected, and the name is the field reported.
        string directory = TestSpecs.TemporaryDirectory();
        new SweepRunner(TestSpecs.FakeRunner()).Run(new SweepPlan(TestSpecs.Short(), [0.01], seedCount: 1), directory, parallel: 1, new RunOptions { Threads = 1 });
        var renamed = new SweepPlan(TestSpecs.Short() with { Name = "other" }, [0.01], seedCount: 1);

        var exception = Assert.Throws<ExperimentSpecException>(() => new SweepRunner(TestSpecs.FakeRunner()).Run(renamed, directory, parallel: 1, new RunOptions { Threads = 1 }));

        Assert.Equal("$.name", exception.JsonPath);
    }

    [Fact]
    public void SameSpecWrittenDifferentlyIsReused()
    {
        // 0.01 written as 1E-2 in spec.json is the same learning rate: the finished run is reused, not rejected.
        string directory = TestSpecs.TemporaryDirectory();
        var plan = new SweepPlan(TestSpecs.Short(), [0.01], seedCount: 1);
        new SweepRunner(TestSpecs.FakeRunner()).Run(plan, directory, parallel: 1, new RunOptions { Threads = 1 });
        string specFile = Path.Combine(directory, "lr0.01-s2333", "spec.json");
        File.WriteAllText(specFile, File.ReadAllText(specFile).Replace("\"learningRate\": 0.01", "\"learningRate\": 1E-2", StringComparison.Ordinal));

        PhaseDiagram diagram = new SweepRunner(TestSpecs.FakeRunner()).Run(plan, directory, parallel: 1, new RunOptions { Threads = 1 });

        Assert.Single(diagram.Points);
    }

    [Fact]
    public void SeedsSpreadWidensBoundary()
    {
        // η = 0.5 breaks for one seed only, so the largest all-preserved η stays 0.2.
        SweepPoint[] points =
        [
            new(0.2, 1, "a", "completed", "preserved", 2, 5),
            new(0.2, 2, "b", "completed", "preserved", 2, 5),
            new(0.5, 1, "c", "completed", "torn", 500, 4),
            new(0.5, 2, "d", "completed", "preserved", 20, 4),
            new(1.0, 1, "e", "diverged", null, null, null),
            new(1.0, 2, "f", "completed", "merged", double.PositiveInfinity, 3),
        ];

        var diagram = new PhaseDiagram(points);

        Assert.Equal(0.2, diagram.LargestPreserved);
        Assert.Equal(0.5, diagram.SmallestBroken);
        // Only the preserved runs count for the theory's η*: the median of 5, 5 and 4.
        Assert.Equal(5.0, diagram.TheoreticalCriticalLearningRate);
        Assert.True(diagram.IsMonotone);
    }

    [Fact]
    public void PreservedAboveBrokenIsNotMonotone()
    {
        SweepPoint[] points =
        [
            new(0.1, 1, "a", "completed", "preserved", 2, 5),
            new(0.2, 1, "b", "completed", "folded", 900, 5),
            new(0.4, 1, "c", "completed", "preserved", 20, 4),
        ];

        var diagram = new PhaseDiagram(points);

        Assert.Equal(0.1, diagram.LargestPreserved);
        Assert.Equal(0.2, diagram.SmallestBroken);
        Assert.False(diagram.IsMonotone);
    }

    [Theory]
    [InlineData("0.001:0.004:3", new[] { 0.001, 0.002, 0.004 })]
    [InlineData("1e-4:1e-2:3", new[] { 1e-4, 1e-3, 1e-2 })]
    public void RangeIsLogSpaced(string text, double[] expected)
    {
        double[] rates = SweepPlan.ParseRange(text);

        Assert.Equal(expected.Length, rates.Length);
        for (int index = 0; index < rates.Length; index++)
            Assert.Equal(expected[index], rates[index], 1e-15);
    }

    [Theory]
    [InlineData("0.01:0.001:4")]
    [InlineData("0:1:4")]
    [InlineData("0.1:1:1")]
    [InlineData("0.1:1")]
    [InlineData("a:b:c")]
    public void InvalidRangeIsRejected(string text)
    {
        var exception = Assert.Throws<FormatException>(() => SweepPlan.ParseRange(text));

        Assert.Contains(text, exception.Message, StringComparison.Ordinal);
    }
}
