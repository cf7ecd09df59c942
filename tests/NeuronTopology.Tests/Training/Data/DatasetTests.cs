using Xunit;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class DatasetTests
{
    private static Matrix<double> Column(params double[] values) => new(values.Length, 1, values);

    [Fact]
    public void ForRegression_ExposesShapes()
    {
        var inputs = new Matrix<double>(3, 2, [1, 2, 3, 4, 5, 6]);
        var targets = new Matrix<double>(3, 1, [7, 8, 9]);
        var dataset = Dataset.ForRegression(inputs, targets);

        Assert.Equal(3, dataset.Count);
        Assert.Equal(2, dataset.InputDimension);
        Assert.Equal(1, dataset.OutputDimension);
        Assert.False(dataset.IsClassification);
        Assert.Null(dataset.Labels!);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void ForRegression_NonFiniteInput_NamesRowAndColumn(double bad)
    {
        var inputs = new Matrix<double>(3, 2, [1, 2, 3, 4, 5, 6]);
        inputs[2, 1] = bad;
        var exception = Assert.Throws<ArgumentException>(() => Dataset.ForRegression(inputs, Column(0, 0, 0)));

        Assert.Equal("inputs", exception.ParamName);
        Assert.Contains("row 2, column 1", exception.Message);
    }

    [Fact]
    public void ForRegression_NonFiniteTarget_Throws()
    {
        var targets = new Matrix<double>(2, 2, [0, 0, double.NaN, 0]);
        var exception = Assert.Throws<ArgumentException>(() => Dataset.ForRegression(Column(1, 2), targets));

        Assert.Equal("targets", exception.ParamName);
        Assert.Contains("row 1, column 0", exception.Message);
    }

    [Fact]
    public void ForRegression_RowMismatch_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Dataset.ForRegression(Column(1, 2, 3), Column(1, 2)));
        Assert.Contains("2 rows", exception.Message);
    }

    [Fact]
    public void ForClassification_LabelOutOfRange_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.ForClassification(Column(1, 2, 3), [0, 2, 3], 3));

        Assert.Equal("labels", exception.ParamName);
        Assert.Equal(3, exception.ActualValue);
        Assert.Contains("index 2", exception.Message);
    }

    [Fact]
    public void ForClassification_NegativeLabel_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.ForClassification(Column(1, 2), [-1, 0], 2));
        Assert.Contains("index 0", exception.Message);
    }

    [Fact]
    public void ForClassification_CountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => Dataset.ForClassification(Column(1, 2), [0], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.ForClassification(Column(1), [0], 0));
    }

    [Fact]
    public void Subset_CopiesRowsInOrder()
    {
        var dataset = Dataset.ForClassification(new Matrix<double>(3, 2, [1, 2, 3, 4, 5, 6]), [0, 1, 2], 3);
        var subset = dataset.Subset([2, 0, 2]);

        Assert.Equal([5.0, 6, 1, 2, 5, 6], subset.Inputs.Data);
        Assert.Equal([2, 0, 2], subset.Labels!);
        Assert.Equal(3, subset.ClassCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Subset([3]));
    }

    [Fact]
    public void Split_SeventyThirtyIsDisjointAndSeeded()
    {
        double[] values = Enumerable.Range(0, 5000).Select(i => (double)i).ToArray();
        var dataset = Dataset.ForRegression(Column(values), Column(values.Select(v => -v).ToArray()));

        DatasetSplit split = dataset.Split(0.7, seed: 12);

        Assert.Equal(3500, split.Train.Count);
        Assert.Equal(1500, split.Test.Count);
        var all = split.Train.Inputs.Data.Concat(split.Test.Inputs.Data).Order();
        Assert.Equal(values, all);
        for (int i = 0; i < split.Train.Count; i++)
            Assert.Equal(-split.Train.Inputs[i, 0], split.Train.Targets![i, 0]);
        Assert.NotEqual(values.Take(3500), split.Train.Inputs.Data);

        DatasetSplit again = dataset.Split(0.7, seed: 12);
        Assert.Equal(split.Train.Inputs.Data, again.Train.Inputs.Data);
        DatasetSplit other = dataset.Split(0.7, seed: 13);
        Assert.NotEqual(split.Train.Inputs.Data, other.Train.Inputs.Data);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Split_InvalidFraction_Throws(double fraction)
    {
        var dataset = Dataset.ForRegression(Column(1, 2), Column(1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Split(fraction, seed: 1));
    }
}
