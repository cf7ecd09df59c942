using BenchmarkDotNet.Attributes;
using NeuronTopology.Numerics;
using NeuronTopology.Training;

namespace NeuronTopology.Bench;

/// <summary>
/// Cost of one exact Hessian-vector product against one gradient on the MNIST network of Yang, Poggio, Chuang
/// and Ziyin: 784 → 1024 → 10, sigmoid, no biases, cross-entropy, one batch of 1024 rows, float64. The inputs are
/// seeded uniform pixels and labels, because the cost does not depend on the values.
/// </summary>
[MemoryDiagnoser]
public class HessianVectorProductBenchmarks
{
    private TrainingObjective _objective = null!;
    private double[] _direction = null!;
    private double[] _result = null!;

    /// <summary>Worker threads of the objective.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int rows = 1024, inputs = 784, hidden = 1024, classes = 10;
        var random = new Random(2333);
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
        _objective = new TrainingObjective(new MultilayerPerceptron<double>(architecture, parameters), Loss.CrossEntropy, data, threads: Threads);
        _direction = Enumerable.Range(0, parameters.Length).Select(_ => random.NextDouble() - 0.5).ToArray();
        _result = new double[parameters.Length];
    }

    [Benchmark(Baseline = true)]
    public double Gradient() => _objective.LossAndGradient(_result);

    [Benchmark]
    public double HessianVectorProduct()
    {
        _objective.HessianVectorProduct(_direction, _result);
        return _result[0];
    }
}
