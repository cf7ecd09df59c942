using NeuronTopology.Experiments;

namespace NeuronTopology.Tests.Experiments;

internal static class TestSpecs
{
    /// <summary>A 2-D preset shortened to <paramref name="epochs"/> epochs with learning rate <paramref name="learningRate"/>.</summary>
    public static ExperimentSpec Short(double learningRate = 0.01, int epochs = 3, int batchSize = 8) =>
        Presets.Find("figure8-momentum-0.0005")! with
        {
            Name = "fake",
            Epochs = epochs,
            BatchSize = batchSize,
            Optimizer = new OptimizerSpec("momentum", learningRate),
            Record = new RecordSpec(SnapshotEvery: 2, MeasureEvery: 3, TopologyEvery: 6, CheckpointEvery: 4),
        };

    public static ExperimentRunner FakeRunner(double growth = 1.0) =>
        new((spec, _) => new FakeTrainingRun(spec, growth: growth), new FakeAnalysis());

    public static string TemporaryDirectory()
    {
        string path = Path.Combine(Path.GetTempPath(), "ntopo-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
