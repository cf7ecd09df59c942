using NeuronTopology.Numerics;
using NeuronTopology.Training;

namespace NeuronTopology.Bench;

/// <summary>
/// The MNIST network of Yang, Poggio, Chuang and Ziyin as a float64 objective: 784 → 1024 → 10, sigmoid, no
/// biases, cross-entropy. Inputs are seeded uniform pixels and labels, because the cost does not depend on the values.
/// </summary>
internal static class PaperMnistObjective
{
    public static TrainingObjective Create(int rows, int threads, int seed = 2333)
    {
        const int inputs = 784, hidden = 1024, classes = 10;
        var random = new Random(seed);
        var architecture = new MlpArchitecture([inputs, hidden, classes], Activation.Sigmoid, bias: false);

        // PyTorch's default initialization, U(−1/√fan_in, 1/√fan_in), keeps the sigmoid out of saturation.
        var parameters = new double[architecture.ParameterCount];
        for (int i = 0; i < parameters.Length; i++)
        {
            double fanIn = i < hidden * inputs ? inputs : hidden;
            parameters[i] = (random.NextDouble() * 2 - 1) / Math.Sqrt(fanIn);
        }
        var pixels = new double[rows * inputs];
        for (int i = 0; i < pixels.Length; i++)
            pixels[i] = random.NextDouble();
        var labels = Enumerable.Range(0, rows).Select(_ => random.Next(classes)).ToArray();

        var data = SupervisedData<double>.WithLabels(new Matrix<double>(rows, inputs, pixels), labels);
        return new TrainingObjective(new MultilayerPerceptron<double>(architecture, parameters), Loss.CrossEntropy, data, threads: threads);
    }
}
