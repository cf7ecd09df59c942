using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Neuron clouds on networks small enough to write out by hand.</summary>
public class NeuronCloudTests
{
    // 2 → 3 → 1 with bias: W1 = [[1, 2], [3, 4], [5, 6]], b1 = [7, 8, 9], W2 = [[10, 11, 12]], b2 = [13].
    private static readonly MlpArchitecture Small = new([2, 3, 1], Activation.Tanh, bias: true);
    private static readonly double[] SmallParameters = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

    [Fact]
    public void PointIsIncomingBiasOutgoing()
    {
        NeuronCloud cloud = NeuronCloud.FromParameters<double>(Small, SmallParameters, hiddenLayer: 0);

        Assert.Equal(3, cloud.NeuronCount);
        Assert.Equal(4, cloud.Points.Dimension);
        Assert.Equal([1.0, 2, 7, 10], cloud.Points[0].ToArray());
        Assert.Equal([3.0, 4, 8, 11], cloud.Points[1].ToArray());
        Assert.Equal([5.0, 6, 9, 12], cloud.Points[2].ToArray());
        Assert.True(cloud.HasBias);
        Assert.Equal(2, cloud.IncomingCount);
        Assert.Equal(1, cloud.OutgoingCount);
    }

    [Fact]
    public void DeepNetworkUsesColumnsOfNextLayer()
    {
        // 1 → 2 → 2 → 1 without bias: W1 = [[1], [2]], W2 = [[3, 4], [5, 6]], W3 = [[7, 8]].
        var architecture = new MlpArchitecture([1, 2, 2, 1], Activation.Relu, bias: false);
        double[] parameters = [1, 2, 3, 4, 5, 6, 7, 8];

        IReadOnlyList<NeuronCloud> clouds = NeuronCloud.AllLayers(new MultilayerPerceptron<double>(architecture, parameters));

        Assert.Equal([1.0, 3, 5], clouds[0].Points[0].ToArray());
        Assert.Equal([2.0, 4, 6], clouds[0].Points[1].ToArray());
        Assert.Equal([3.0, 4, 7], clouds[1].Points[0].ToArray());
        Assert.Equal([5.0, 6, 8], clouds[1].Points[1].ToArray());
    }

    [Fact]
    public void WriteToInvertsFromParameters()
    {
        NeuronCloud cloud = NeuronCloud.FromParameters<double>(Small, SmallParameters, 0);
        var rebuilt = new float[Small.ParameterCount];

        cloud.WriteTo<float>(Small, rebuilt);

        // Every parameter but the output bias belongs to some neuron.
        Assert.Equal(SmallParameters[..12].Select(p => (float)p), rebuilt[..12]);
        Assert.Equal(0f, rebuilt[12]);
    }

    [Fact]
    public void PermutationMovesWholeNeurons()
    {
        double[] parameters = (double[])SmallParameters.Clone();

        NeuronPermutation.Apply(Small, parameters.AsSpan(), 0, [2, 0, 1]);

        NeuronCloud cloud = NeuronCloud.FromParameters<double>(Small, parameters, 0);
        Assert.Equal([5.0, 6, 9, 12], cloud.Points[0].ToArray());
        Assert.Equal([1.0, 2, 7, 10], cloud.Points[1].ToArray());
        Assert.Equal(13.0, parameters[12]);
    }

    [Fact]
    public void NonFiniteParameterIsRejected()
    {
        double[] parameters = (double[])SmallParameters.Clone();
        parameters[4] = double.NaN;

        var error = Assert.Throws<ArgumentException>(() => NeuronCloud.FromParameters<double>(Small, parameters, 0));
        Assert.Contains("neuron 2", error.Message);
    }

    [Fact]
    public void InvalidLayerOrLengthIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NeuronCloud.FromParameters<double>(Small, SmallParameters, 1));
        Assert.Throws<ArgumentException>(() => NeuronCloud.FromParameters<double>(Small, new double[5], 0));
        Assert.Throws<ArgumentException>(() => NeuronPermutation.Apply(Small, SmallParameters.AsSpan(), 0, [0, 0, 1]));
    }
}
