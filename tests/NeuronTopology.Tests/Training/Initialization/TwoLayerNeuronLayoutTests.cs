using NeuronTopology.Geometry;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

public class TwoLayerNeuronLayoutTests
{
    [Fact]
    public void WriteNeurons_BiasedLayoutInPyTorchOrder()
    {
        // in 2, hidden 3, out 2, biases: neuron i = (w1[i,0], w1[i,1], b1[i], w2[0,i], w2[1,i]).
        var layout = new TwoLayerNeuronLayout(2, 3, 2, HasBias: true);
        var neurons = new PointCloud(
        [
            11, 12, 13, 14, 15,
            21, 22, 23, 24, 25,
            31, 32, 33, 34, 35,
        ], 3, 5);

        double[] parameters = layout.CreateParameters(neurons, [91, 92]);

        Assert.Equal(5, layout.NeuronDimension);
        Assert.Equal(17, layout.ParameterCount);
        double[] expected =
        [
            11, 12, 21, 22, 31, 32, // W1, hidden × in
            13, 23, 33, // b1
            14, 24, 34, 15, 25, 35, // W2, out × hidden
            91, 92, // b2
        ];
        Assert.Equal(expected, parameters);
    }

    [Fact]
    public void WriteNeurons_BiasFreeLayout()
    {
        var layout = new TwoLayerNeuronLayout(1, 3, 1, HasBias: false);
        double[] parameters = layout.CreateParameters(new PointCloud([1, 2, 3, 4, 5, 6], 3, 2));

        Assert.Equal([1.0, 3, 5, 2, 4, 6], parameters);
        Assert.Equal([1, 3, 1], layout.LayerSizes);
    }

    [Fact]
    public void WriteNeurons_ZeroOutputBiasByDefault()
    {
        var layout = new TwoLayerNeuronLayout(1, 2, 2, HasBias: true);
        double[] parameters = Enumerable.Repeat(double.NaN, layout.ParameterCount).ToArray();
        layout.WriteNeurons(new PointCloud(new double[8], 2, 4), parameters);

        Assert.Equal([0.0, 0.0], parameters[^2..]);
    }

    [Fact]
    public void ReadNeurons_InvertsWriteNeurons()
    {
        var layout = new TwoLayerNeuronLayout(784, 16, 10, HasBias: true);
        double[] parameters = PyTorchDefaultInitialization.Initialize(layout.LayerSizes, bias: true, new Xoshiro256StarStar(1));

        PointCloud neurons = layout.ReadNeurons(parameters);
        double[] outputBias = parameters[^10..];
        double[] written = layout.CreateParameters(neurons, outputBias);

        Assert.Equal(parameters, written);
        Assert.Equal(parameters[784], neurons[1][0]);
        Assert.Equal(parameters[16 * 784 + 16 + 3 * 16 + 5], neurons[5][784 + 1 + 3]);
    }

    [Fact]
    public void WriteNeurons_SizeMismatch_Throws()
    {
        var layout = new TwoLayerNeuronLayout(1, 3, 1, HasBias: false);
        Assert.Throws<ArgumentException>(() => layout.CreateParameters(new PointCloud(new double[6], 2, 3)));
        Assert.Throws<ArgumentException>(() => layout.WriteNeurons(new PointCloud(new double[6], 3, 2), new double[5]));
        Assert.Throws<ArgumentException>(() => layout.CreateParameters(new PointCloud(new double[6], 3, 2), [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TwoLayerNeuronLayout(0, 3, 1, false).CreateParameters(new PointCloud([], 0, 0)));
    }
}
