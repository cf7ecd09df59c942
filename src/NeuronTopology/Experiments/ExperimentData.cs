using NeuronTopology.Numerics;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Experiments;

/// <summary>Loads the training and test sets a spec names.</summary>
internal static class ExperimentData
{
    /// <summary>Seed stream of the data, so data, initial shape and batch order draw independent numbers from one spec seed.</summary>
    public const ulong DataStream = 1;

    /// <exception cref="DatasetNotFoundException">IDX files are missing; the message explains how to get them.</exception>
    public static DatasetSplit Load(ExperimentSpec spec)
    {
        DataSpec data = spec.Data;
        ulong seed = SplitMix64.DeriveSeed(spec.Seed, DataStream);
        return data.Kind switch
        {
            // The teachers use the 70/30 split of Yang et al., so DataSpec.TrainFraction applies to CSV data only.
            "teacher-1d" => TeacherTasks.OneDimensional(seed, data.Samples),
            "teacher-2d" => TeacherTasks.TwoDimensional(seed, data.Samples),
            "mnist" or "fashion-mnist" => MnistDataset.Load(data.Path ?? MnistDataset.DebianFashionMnistDirectory),
            "csv" => LoadCsv(data, spec.Loss, spec.Model.LayerSizes[^1], seed),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), data.Kind, "Unknown data kind."),
        };
    }

    private static DatasetSplit LoadCsv(DataSpec data, string loss, int outputs, ulong seed)
    {
        var options = new CsvDatasetOptions
        {
            TargetColumns = Enumerable.Range(1, data.TargetColumns).Select(offset => -offset).Reverse().ToArray(),
            TargetKind = loss == "cross-entropy" ? TargetKind.ClassLabels : TargetKind.Regression,
            ClassCount = loss == "cross-entropy" ? outputs : null,
        };
        Dataset dataset = CsvDatasetReader.Read(data.Path!, options);
        return dataset.Split(data.TrainFraction, seed);
    }
}
