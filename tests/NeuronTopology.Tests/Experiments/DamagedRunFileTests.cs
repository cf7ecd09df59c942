using NeuronTopology.Experiments;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class DamagedRunFileTests
{
    [Fact]
    public void CutSummaryNamesFileAndLine()
    {
        RunDirectory directory = FinishedRun();
        File.WriteAllText(directory.SummaryFile, "{\n");

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.Equal(directory.SummaryFile, exception.Source);
        Assert.Equal(2, exception.Line);
        Assert.StartsWith($"{directory.SummaryFile}, line 2: not valid JSON, byte 1: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("There is an open JSON object or array that should be closed.", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"status\": 3, \"total_steps\": 15}")]
    [InlineData("{\"status\": \"finished\", \"total_steps\": 15}")]
    [InlineData("{\"status\": \"completed\", \"total_steps\": \"15\"}")]
    public void SummaryWithoutItsFieldsIsNamed(string json)
    {
        RunDirectory directory = FinishedRun();
        File.WriteAllText(directory.SummaryFile, json);

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.Equal($"{directory.SummaryFile}: not a run summary written by ntopo: expected an object with a status (completed, diverged or interrupted) and a whole number total_steps.", exception.Message);
    }

    [Fact]
    public void SweepNamesDamagedSummaryOfFinishedRun()
    {
        string directory = TestSpecs.TemporaryDirectory();
        var plan = new SweepPlan(TestSpecs.Short(), [0.01], seedCount: 1);
        new SweepRunner(TestSpecs.FakeRunner()).Run(plan, directory, parallel: 1, new RunOptions { Threads = 1 });
        string summary = Directory.GetFiles(directory, "summary.json", SearchOption.AllDirectories).Single();
        File.WriteAllText(summary, "{\"status\": \"completed\",\n \"total_steps\": 15,,}");

        var exception = Assert.Throws<InputFormatException>(() => new SweepRunner(TestSpecs.FakeRunner()).Run(plan, directory, parallel: 1, new RunOptions { Threads = 1 }));

        Assert.Equal(summary, exception.Source);
        Assert.Equal(2, exception.Line);
    }

    [Theory]
    [InlineData("{\"step\": 0, \"scale\": ", 1)]
    [InlineData("{\n\"step\": 0,\n\"scale\": }", 3)]
    public void CutDiagramNamesFileAndLine(string json, int line)
    {
        RunDirectory directory = FinishedRun();
        string diagram = Directory.GetFiles(directory.DiagramDirectory, "*.json").Order(StringComparer.Ordinal).First();
        File.WriteAllText(diagram, json);

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.Equal(diagram, exception.Source);
        Assert.Equal(line, exception.Line);
        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagramOfAnotherLayoutIsNamed()
    {
        RunDirectory directory = FinishedRun();
        string diagram = Directory.GetFiles(directory.DiagramDirectory, "*.json").Order(StringComparer.Ordinal).First();
        File.WriteAllText(diagram, "{\"scale\": 1}");

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.StartsWith($"{diagram}: not a persistence diagram written by ntopo: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutCheckpointIsNamed()
    {
        RunDirectory directory = FinishedRun();
        byte[] bytes = File.ReadAllBytes(directory.CheckpointFile);
        File.WriteAllBytes(directory.CheckpointFile, bytes[..(bytes.Length / 2)]);

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.Equal($"{directory.CheckpointFile}: the checkpoint is truncated or damaged: a length in it runs past the end of the file.", exception.Message);
    }

    [Fact]
    public void DamagedCheckpointHeaderIsNamed()
    {
        RunDirectory directory = FinishedRun();
        byte[] bytes = File.ReadAllBytes(directory.CheckpointFile);
        bytes[12] = (byte)'x'; // The first byte of the JSON header, after the magic and its int32 length.
        File.WriteAllBytes(directory.CheckpointFile, bytes);

        var exception = Assert.Throws<InputFormatException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.StartsWith($"{directory.CheckpointFile}: the checkpoint header is not valid JSON: 'x' is an invalid start of a value.", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", exception.Message, StringComparison.Ordinal);
    }

    private static RunDirectory FinishedRun()
    {
        RunDirectory directory = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });
        return directory;
    }
}
