using NeuronTopology.Experiments;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class CsvDataCheckTests
{
    [Fact]
    public void OneRowTableIsRefusedBeforeTheRunDirectoryIsClaimed()
    {
        string csv = WriteCsv("1,2,3\n");
        ExperimentSpec spec = CsvSpec(csv);
        bool claimed = false;

        var exception = Assert.Throws<InputFormatException>(() => ExperimentRunner.CreateDefault().Run(spec, () =>
        {
            claimed = true;
            return RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), spec.Name);
        }, new RunOptions { Threads = 1 }));

        Assert.False(claimed);
        Assert.Equal(
            $"{csv}: the table has 1 data row, which $.data.trainFraction 0.7 splits into 1 for training and 0 for testing; both sets need at least one row, so expected at least 2 data rows at this fraction.",
            exception.Message);
    }

    [Theory]
    [InlineData(0.7, 2)]
    [InlineData(0.5, 2)]
    [InlineData(0.9, 5)]
    [InlineData(0.99, 51)]
    [InlineData(0.1, 6)]
    public void MinimumRowsIsTheSmallestTableThatSplits(double trainFraction, int minimum)
    {
        // Dataset.Split rounds f × n half to even: at f = 0.99, 50 rows all go to training; at f = 0.1, 5 rows give 0.5 → 0.
        string rows = string.Concat(Enumerable.Range(0, minimum - 1).Select(i => $"{i},{i + 1},{i + 2}\n"));
        string csv = WriteCsv(rows);
        ExperimentSpec spec = CsvSpec(csv, trainFraction: trainFraction);

        var exception = Assert.Throws<InputFormatException>(() => ExperimentData.Load(spec));
        Assert.EndsWith($"expected at least {minimum} data rows at this fraction.", exception.Message, StringComparison.Ordinal);

        File.AppendAllText(csv, "7,8,9\n");
        var split = ExperimentData.Load(spec);
        Assert.True(split.Train.Count >= 1);
        Assert.True(split.Test.Count >= 1);
    }

    [Fact]
    public void TrainFractionOneIsRefusedForCsv()
    {
        string csv = WriteCsv("1,2,3\n4,5,6\n7,8,9\n");

        var exception = Assert.Throws<InputFormatException>(() => ExperimentData.Load(CsvSpec(csv, trainFraction: 1)));

        Assert.EndsWith("splits into 3 for training and 0 for testing; both sets need at least one row, so expected a trainFraction below 1.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void TooManyTargetColumnsNameTheField(int targetColumns)
    {
        string csv = WriteCsv("# x, y, target\nx,y,t\n1,2,3\n4,5,6\n7,8,9\n");

        var exception = Assert.Throws<InputFormatException>(() => ExperimentData.Load(CsvSpec(csv, targetColumns: targetColumns)));

        Assert.Equal($"{csv}: $.data.targetColumns is {targetColumns}, but the table has 3 columns; expected an integer from 1 to 2, so that at least one column is an input.", exception.Message);
    }

    [Fact]
    public void TargetColumnsCountsTrailingColumns()
    {
        string csv = WriteCsv("1,2,3\n4,5,6\n7,8,9\n10,11,12\n");

        var split = ExperimentData.Load(CsvSpec(csv, targetColumns: 2, outputs: 2));

        Dataset all = Combined(split);
        Assert.Equal(1, all.Inputs.Columns);
        Assert.Equal(2, all.Targets!.Columns);
        // Each row's inputs are its first column and its targets the last two, whatever the shuffle.
        for (int row = 0; row < all.Count; row++)
        {
            Assert.Equal(all.Inputs[row, 0] + 1, all.Targets[row, 0]);
            Assert.Equal(all.Inputs[row, 0] + 2, all.Targets[row, 1]);
        }
    }

    private static Dataset Combined(NeuronTopology.Training.Data.DatasetSplit split) => new(split);

    private static ExperimentSpec CsvSpec(string csv, double trainFraction = 0.7, int targetColumns = 1, int outputs = 1)
    {
        int inputs = 3 - targetColumns;
        string json = $$"""
            {
              "name": "csv-one",
              "model": { "layerSizes": [{{Math.Max(inputs, 1)}}, 4, {{outputs}}], "activation": "tanh" },
              "data": { "kind": "csv", "path": {{System.Text.Json.JsonSerializer.Serialize(csv)}}, "trainFraction": {{trainFraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "targetColumns": {{targetColumns}} },
              "initialShape": { "kind": "pytorch-default" },
              "loss": "mse",
              "optimizer": { "kind": "sgd", "learningRate": 0.01 },
              "epochs": 1,
              "batchSize": 4
            }
            """;
        return ExperimentSpecReader.Parse(json, "csv.json");
    }

    private static string WriteCsv(string text)
    {
        string path = Path.Combine(TestSpecs.TemporaryDirectory(), "data.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class Dataset(NeuronTopology.Training.Data.DatasetSplit split)
    {
        public NeuronTopology.Numerics.Matrix<double> Inputs { get; } = Stack(split.Train.Inputs, split.Test.Inputs);

        public NeuronTopology.Numerics.Matrix<double>? Targets { get; } = Stack(split.Train.Targets!, split.Test.Targets!);

        public int Count => Inputs.Rows;

        private static NeuronTopology.Numerics.Matrix<double> Stack(NeuronTopology.Numerics.Matrix<double> top, NeuronTopology.Numerics.Matrix<double> bottom) =>
            new(top.Rows + bottom.Rows, top.Columns, [.. top.Data, .. bottom.Data]);
    }
}
