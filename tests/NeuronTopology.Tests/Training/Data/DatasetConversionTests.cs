using NeuronTopology.Numerics;
using NeuronTopology.Training;
using NeuronTopology.Training.Data;
using Xunit;

namespace NeuronTopology.Tests.Training.Data;

public class DatasetConversionTests
{
    [Fact]
    public void ToSupervisedData_DoubleSharesStorage()
    {
        var dataset = Dataset.ForRegression(new Matrix<double>(2, 1, [1, 2]), new Matrix<double>(2, 1, [3, 4]));
        SupervisedData<double> data = dataset.ToSupervisedData<double>();

        Assert.Same(dataset.Inputs, data.Inputs);
        Assert.Same(dataset.Targets, data.Targets);
    }

    [Fact]
    public void ToSupervisedData_FloatRoundsAndKeepsLabels()
    {
        var dataset = Dataset.ForClassification(new Matrix<double>(2, 1, [0.1, 2]), [1, 0], 2);
        SupervisedData<float> data = dataset.ToSupervisedData<float>();

        Assert.Equal([0.1f, 2f], data.Inputs.Data);
        Assert.Equal([1, 0], data.Labels!);
    }

    [Fact]
    public void ToSupervisedData_FloatOverflow_NamesPosition()
    {
        var dataset = Dataset.ForRegression(new Matrix<double>(2, 1, [1, 1e300]), new Matrix<double>(2, 1, [0, 0]));
        var exception = Assert.Throws<ArgumentException>(() => dataset.ToSupervisedData<float>());
        Assert.Contains("row 1, column 0", exception.Message);
    }
}
