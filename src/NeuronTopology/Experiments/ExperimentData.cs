using System.Globalization;
using NeuronTopology.IO;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Experiments;

/// <summary>Loads the training and test sets a spec names.</summary>
internal static class ExperimentData
{
    /// <summary>Seed stream of the data, so data, initial shape and batch order draw independent numbers from one spec seed.</summary>
    public const ulong DataStream = 1;

    /// <exception cref="DatasetNotFoundException">IDX files are missing; the message explains how to get them.</exception>
    /// <exception cref="InputFormatException">A CSV table cannot be read, has fewer columns than <c>data.targetColumns</c> needs, or too few rows to give both the training and the test set one.</exception>
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
        string path = data.Path!;
        var options = new CsvDatasetOptions
        {
            TargetColumns = Enumerable.Range(1, data.TargetColumns).Select(offset => -offset).Reverse().ToArray(),
            TargetKind = loss == "cross-entropy" ? TargetKind.ClassLabels : TargetKind.Regression,
            ClassCount = loss == "cross-entropy" ? outputs : null,
        };
        // The reader would report the trailing count as a negative column index; the spec's own field is named instead.
        if (CountColumns(path, options.Delimiter) is int columns && data.TargetColumns >= columns)
        {
            throw new InputFormatException(path, null,
                $"$.data.targetColumns is {data.TargetColumns}, but the table has {columns} column{(columns == 1 ? "" : "s")}; expected an integer from 1 to {columns - 1}, so that at least one column is an input.");
        }
        Dataset dataset = CsvDatasetReader.Read(path, options);
        CheckSplit(dataset.Count, data.TrainFraction, path);
        return dataset.Split(data.TrainFraction, seed);
    }

    // The fields of the first line that is neither blank nor a comment, header or not; null for a table without one.
    private static int? CountColumns(string path, char delimiter)
    {
        foreach (string line in File.ReadLines(path))
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
                return trimmed.Split(delimiter).Length;
        }
        return null;
    }

    // Dataset.Split puts round(fraction × rows) rows, ties to even, into the training set and the rest into the test set.
    // Training needs one row and every measurement evaluates the test set, so both must be non-empty.
    private static void CheckSplit(int rows, double trainFraction, string path)
    {
        int train = TrainCount(rows, trainFraction);
        if (train >= 1 && rows - train >= 1)
            return;
        string fraction = trainFraction.ToString("R", CultureInfo.InvariantCulture);
        string split = $"the table has {rows} data row{(rows == 1 ? "" : "s")}, which $.data.trainFraction {fraction} splits into {train} for training and {rows - train} for testing";
        if (trainFraction >= 1)
            throw new InputFormatException(path, null, $"{split}; both sets need at least one row, so expected a trainFraction below 1.");
        long minimum = MinimumRows(trainFraction);
        throw new InputFormatException(path, null, $"{split}; both sets need at least one row, so expected at least {minimum} data rows at this fraction.");
    }

    private static int TrainCount(long rows, double trainFraction) => (int)Math.Round(trainFraction * rows, MidpointRounding.ToEven);

    // Both sets are non-empty once min(f, 1 − f) × rows passes 1/2, so the search starts just below that and takes a few steps.
    private static long MinimumRows(double trainFraction)
    {
        double smaller = Math.Min(trainFraction, 1 - trainFraction);
        long rows = Math.Max(2, (long)Math.Min(Math.Floor(0.5 / smaller) - 1, int.MaxValue));
        while (rows < int.MaxValue)
        {
            int train = TrainCount(rows, trainFraction);
            if (train >= 1 && rows - train >= 1)
                break;
            rows++;
        }
        return rows;
    }
}
