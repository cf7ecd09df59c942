using NeuronTopology.Numerics;
using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Mismatched shapes, non-finite data and labels out of range each get an error naming what was expected.</summary>
public class BadInputTests
{
    private static readonly MlpArchitecture Network = new([3, 4, 2], Activation.Sigmoid, bias: false);

    [Fact]
    public void InputWidthMismatchIsRejected()
    {
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(5, 4), new Matrix<double>(5, 2));

        var error = Assert.Throws<ArgumentException>(() => new TrainingObjective(new MultilayerPerceptron<double>(Network), Loss.MeanSquaredError, data));
        Assert.Contains("4 columns", error.Message);
        Assert.Contains("expects 3", error.Message);
    }

    [Fact]
    public void TargetWidthMismatchIsRejected()
    {
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(5, 3), new Matrix<double>(5, 1));

        var error = Assert.Throws<ArgumentException>(() => new TrainingObjective(new MultilayerPerceptron<double>(Network), Loss.MeanSquaredError, data));
        Assert.Contains("Targets have 1 columns but the network has 2 outputs", error.Message);
    }

    [Fact]
    public void RowCountMismatchIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => SupervisedData<double>.WithTargets(new Matrix<double>(5, 3), new Matrix<double>(4, 2)));
        Assert.Contains("(5), got 4", error.Message);
        Assert.Throws<ArgumentException>(() => SupervisedData<double>.WithLabels(new Matrix<double>(5, 3), [0, 1]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteDataIsRejected(double value)
    {
        var inputs = new Matrix<double>(3, 3);
        inputs[2, 1] = value;
        var targets = new Matrix<double>(3, 2);
        targets[1, 0] = value;

        var inputError = Assert.Throws<ArgumentException>(() => SupervisedData<double>.WithTargets(inputs, new Matrix<double>(3, 2)));
        Assert.Contains("row 2, column 1", inputError.Message);
        var targetError = Assert.Throws<ArgumentException>(() => SupervisedData<double>.WithTargets(new Matrix<double>(3, 3), targets));
        Assert.Contains("targets: row 1, column 0", targetError.Message);
    }

    [Fact]
    public void LabelOutOfRangeIsRejected()
    {
        var data = SupervisedData<double>.WithLabels(new Matrix<double>(3, 3), [0, 2, 1]);

        var error = Assert.Throws<ArgumentException>(() => new TrainingObjective(new MultilayerPerceptron<double>(Network), Loss.CrossEntropy, data));
        Assert.Contains("Label at row 1 is 2", error.Message);
        Assert.Contains("[0, 1]", error.Message);
        Assert.Throws<ArgumentException>(() => SupervisedData<double>.WithLabels(new Matrix<double>(3, 3), [0, -1, 1]));
    }

    [Fact]
    public void WrongTargetKindIsRejected()
    {
        var labelled = SupervisedData<double>.WithLabels(new Matrix<double>(2, 3), [0, 1]);
        var regression = SupervisedData<double>.WithTargets(new Matrix<double>(2, 3), new Matrix<double>(2, 2));
        var model = new MultilayerPerceptron<double>(Network);

        Assert.Throws<ArgumentException>(() => new TrainingObjective(model, Loss.MeanSquaredError, labelled));
        Assert.Throws<ArgumentException>(() => new TrainingObjective(model, Loss.CrossEntropy, regression));
    }

    [Fact]
    public void BatchRowOutOfRangeIsRejected()
    {
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(4, 3), new Matrix<double>(4, 2));
        var model = new MultilayerPerceptron<double>(Network);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(0.1), data);

        var error = Assert.Throws<ArgumentException>(() => trainer.Train(new FixedBatchSequence([[0, 4]]), epochs: 1));
        Assert.Contains("Row index 4", error.Message);
        Assert.Throws<ArgumentException>(() => new TrainingObjective(model, Loss.MeanSquaredError, data, rows: [-1]));
    }

    [Fact]
    public void ParameterAndVectorLengthsAreChecked()
    {
        Assert.Throws<ArgumentException>(() => new MultilayerPerceptron<double>(Network, new double[7]));
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(2, 3), new Matrix<double>(2, 2));
        var objective = new TrainingObjective(new MultilayerPerceptron<double>(Network), Loss.MeanSquaredError, data);
        var error = Assert.Throws<ArgumentException>(() => objective.HessianVectorProduct(new double[20], new double[19]));
        Assert.Equal("hv", error.ParamName);
        Assert.Throws<ArgumentException>(() => objective.SetParameters(new double[3]));
    }

    [Fact]
    public void ArchitectureIsValidated()
    {
        Assert.Throws<ArgumentException>(() => new MlpArchitecture([3], Activation.Relu, bias: true));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MlpArchitecture([3, 0, 1], Activation.Relu, bias: true));
        Assert.Equal("layerSizes[1]", error.ParamName);
        Assert.Throws<ArgumentException>(() => new MlpArchitecture([3, 2, 1], Activation.Relu, new[] { true }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MlpArchitecture([3, 2, 1], (Activation)99, bias: true));
    }
}
