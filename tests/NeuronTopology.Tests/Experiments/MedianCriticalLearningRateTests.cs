using System.Text.Json;
using NeuronTopology.Cli.Commands;
using NeuronTopology.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

/// <summary>summary.json (and so sweep.csv), the run table and the report must show the same median 1/K.</summary>
public class MedianCriticalLearningRateTests
{
    [Fact]
    public void MedianOfNonPositiveSharpness_IsAbsentEverywhere()
    {
        // The defect's run: K = 852 at step 0 and a negative estimate at step 28. The median of K is negative, so
        // there is no 1/K; the table used to take the median of the positive rows' 1/K (1/852) instead.
        RunResult result = Result(852.0191394950423, -168950362.47744906);

        Assert.Null(RunSummary.MedianCriticalLearningRate(result.Rows));
        using JsonDocument summary = JsonDocument.Parse(RunSummary.Format(result));
        Assert.Equal(JsonValueKind.Null, summary.RootElement.GetProperty("median_critical_learning_rate").ValueKind);
        Assert.Equal((852.0191394950423 - 168950362.47744906) / 2, summary.RootElement.GetProperty("median_sharpness").GetDouble());
        string table = Table(result);
        Assert.Contains("n/a (median K ≤ 0)", table);
        Assert.DoesNotContain("0.001174", table);
    }

    [Fact]
    public void MedianOfPositiveSharpness_IsOneOverMedianK()
    {
        // K = 100, 400, 200, 50: median K = (100 + 200) / 2 = 150, so median 1/K is 1/150 in every summary.
        RunResult result = Result(100, 400, 200, 50);

        Assert.Equal(1 / 150.0, RunSummary.MedianCriticalLearningRate(result.Rows));
        using JsonDocument summary = JsonDocument.Parse(RunSummary.Format(result));
        Assert.Equal(1 / 150.0, summary.RootElement.GetProperty("median_critical_learning_rate").GetDouble());
        Assert.Contains("0.006667", Table(result));
    }

    private static RunResult Result(params double[] sharpness) => new()
    {
        Spec = TestSpecs.Short(learningRate: 0.006),
        Directory = RunDirectory.CreateAt(Path.Combine(TestSpecs.TemporaryDirectory(), "run")),
        Status = RunStatus.Completed,
        Steps = sharpness.Length,
        TotalSteps = sharpness.Length,
        Rows = sharpness.Select((k, i) => new MetricsRow { Step = i, LearningRate = 0.006, Sharpness = k }).ToArray(),
        SnapshotSteps = [],
    };

    private static string Table(RunResult result)
    {
        var writer = new StringWriter();
        RunSummaryTable.Write(ConsoleOutput.Create(writer, redirected: true, columns: "200"), result);
        return writer.ToString();
    }
}
