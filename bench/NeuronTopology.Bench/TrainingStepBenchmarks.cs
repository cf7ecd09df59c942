using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NeuronTopology.Training;

namespace NeuronTopology.Bench;

/// <summary>
/// One float32 training step of the MNIST MLP (784 → 1024 → 10, bias-free, sigmoid, softmax cross-entropy)
/// on a batch of 1024: forward pass, loss and output gradient, backward pass, optimizer update.
/// </summary>
/// <remarks>
/// The step is assembled from the engine's internal passes because the library has no public float32 training
/// loop yet. The batch is copied into the workspace once, because the PyTorch peer (bench/training/torch_step.py)
/// also keeps its batch tensor. Inputs are N(0, 1) and labels uniform, since the values do not change the work.
/// </remarks>
[Config(typeof(Configuration))]
public class TrainingStepBenchmarks
{
    private const int Batch = 1024, Inputs = 784, Hidden = 1024, Classes = 10;

    private MultilayerPerceptron<float> model = null!;
    private MlpWorkspace<float> workspace = null!;
    private SupervisedData<float> data = null!;
    private Optimizer<float> optimizer = null!;
    private float[] gradient = null!;
    private int[] rows = null!;
    private double scale;

    [Params("sgd", "adam")]
    public string Optimizer { get; set; } = "sgd";

    [Params(2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var architecture = new MlpArchitecture([Inputs, Hidden, Classes], Activation.Sigmoid, bias: false);
        model = new MultilayerPerceptron<float>(architecture);
        for (int layer = 0; layer < architecture.LayerCount; layer++)
        {
            // PyTorch's default nn.Linear initialization: uniform on ±1/√fan_in.
            float bound = 1f / MathF.Sqrt(architecture.InputsOf(layer));
            Span<float> weight = model.Weight(layer).AsSpan();
            for (int i = 0; i < weight.Length; i++)
                weight[i] = bound * (float)(2 * random.NextDouble() - 1);
        }

        var inputs = new Numerics.Matrix<float>(Batch, Inputs);
        for (int i = 0; i < inputs.Data.Length; i++)
            inputs.Data[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        var labels = new int[Batch];
        for (int i = 0; i < Batch; i++)
            labels[i] = random.Next(Classes);

        data = SupervisedData<float>.WithLabels(inputs, labels);
        rows = Enumerable.Range(0, Batch).ToArray();
        workspace = new MlpWorkspace<float>(architecture, Batch);
        data.GatherInputs(rows, workspace.Input(Batch));
        scale = Loss.CrossEntropy.Scale(Batch, Classes);
        gradient = new float[architecture.ParameterCount];
        optimizer = Optimizer == "adam" ? new Adam<float>(1e-3) : new Sgd<float>(0.1);
    }

    [Benchmark]
    public double Step()
    {
        model.Forward(workspace, Batch, Threads);
        double loss = Loss.CrossEntropy.Evaluate(workspace.Output(Batch), data, rows, scale, workspace.OutputGradient(Batch));
        model.Backward(workspace, Batch, gradient, accumulate: false, Threads);
        optimizer.Step(model.Parameters, gradient);
        return loss;
    }

    private sealed class Configuration : ManualConfig
    {
        public Configuration() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
    }
}
