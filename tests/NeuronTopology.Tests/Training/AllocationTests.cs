using NeuronTopology.Curvature;
using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>
/// Memory per call of the measurements a run repeats: evaluation, Hessian-vector products, sharpness and
/// prediction allocate a bounded amount, independent of the number of rows and of Lanczos iterations.
/// </summary>
/// <remarks>
/// The MNIST presets once peaked at 9 to 14 GiB because an evaluation sized a workspace for all 60 000 images
/// and every product copied its direction. Bytes are counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// on one thread, after a first call that creates the reused workspaces.
/// </remarks>
public class AllocationTests
{
    private const int Rows = 1000;

    // 10 752 parameters, so one parameter vector is 86 kB and one hidden-layer buffer for all rows 4 MB, while the
    // small objects each matrix product allocates come to a few kilobytes per call.
    private static (MultilayerPerceptron<double> Model, TrainingObjective Objective) Classifier()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([16, 512, 5], Activation.Sigmoid, bias: false, seed: 31);
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: Rows, inputs: 16, outputs: 5, seed: 32);
        return (model, new TrainingObjective(model, Loss.CrossEntropy, data, null, threads: 1));
    }

    [Fact]
    public void EvaluationAllocatesNoRowBuffers()
    {
        (_, TrainingObjective objective) = Classifier();
        objective.LossAndAccuracy(out _);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 5; i++)
            objective.LossAndAccuracy(out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 64_000, $"five evaluations of {Rows} rows allocated {allocated} bytes");
    }

    [Fact]
    public void ProductsReuseDirectionBuffer()
    {
        (_, TrainingObjective objective) = Classifier();
        double[] v = RandomNetworks.Vector(objective.ParameterCount, 33);
        var hv = new double[objective.ParameterCount];
        objective.HessianVectorProduct(v, hv);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
            objective.HessianVectorProduct(v, hv);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One copy of the direction per product would be 20 × 86 kB = 1.7 MB.
        long vectorBytes = 8L * objective.ParameterCount;
        Assert.True(allocated < 20 * vectorBytes / 4, $"twenty products allocated {allocated} bytes, {allocated / (20.0 * vectorBytes):F2} vectors each");
    }

    [Fact]
    public void SharpnessMemoryIndependentOfIterations()
    {
        (_, TrainingObjective objective) = Classifier();
        long vectorBytes = 8L * objective.ParameterCount;
        Sharpness.Measure(objective, new SharpnessOptions { MaxIterations = 30, Tolerance = 0 });

        long few = Allocated(() => Sharpness.Measure(objective, new SharpnessOptions { MaxIterations = 30, Tolerance = 0 }));
        long many = Allocated(() => Sharpness.Measure(objective, new SharpnessOptions { MaxIterations = 150, Tolerance = 0 }));

        // The Krylov basis (at most 21 vectors) and the restart storage are allocated once per measurement. A vector
        // per product, or new Ritz vectors at every restart, would add about one vector per extra iteration.
        double perIteration = (many - few) / 120.0 / vectorBytes;
        Assert.True(perIteration < 0.25, $"30 iterations allocated {few} bytes, 150 allocated {many}: {perIteration:F2} vectors per extra iteration");
        // The fixed part: 22 basis and product vectors, about 10 restart vectors and the small objects of the products.
        Assert.True(many < 80 * vectorBytes, $"150 iterations allocated {many} bytes, {many / vectorBytes} vectors");
    }

    [Fact]
    public void PredictMemoryIndependentOfRows()
    {
        (MultilayerPerceptron<double> model, _) = Classifier();
        int chunk = MultilayerPerceptron<double>.PredictRows;
        SupervisedData<double> small = RandomNetworks.Data(Loss.CrossEntropy, rows: chunk, inputs: 16, outputs: 5, seed: 34);
        SupervisedData<double> large = RandomNetworks.Data(Loss.CrossEntropy, rows: 4 * chunk, inputs: 16, outputs: 5, seed: 35);
        model.Predict(small.Inputs, threads: 1);

        long one = Allocated(() => model.Predict(small.Inputs, threads: 1));
        long four = Allocated(() => model.Predict(large.Inputs, threads: 1));

        // Four times the rows cost three more output matrices (3 × 1024 × 5 × 8 bytes) and the small objects of
        // three more chunks. A workspace sized to all rows would add about 3 × 19 MB.
        long outputs = 3L * chunk * 5 * 8;
        Assert.True(four - one < outputs + 64_000, $"Predict allocated {one} bytes for {chunk} rows and {four} for {4 * chunk}");
    }

    [Fact]
    public void AccuracyMatchesPredictions()
    {
        (MultilayerPerceptron<double> model, TrainingObjective objective) = Classifier();
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: Rows, inputs: 16, outputs: 5, seed: 32);

        double loss = objective.LossAndAccuracy(out double accuracy);

        var outputs = model.Predict(data.Inputs, threads: 1);
        int correct = 0;
        for (int row = 0; row < Rows; row++)
        {
            ReadOnlySpan<double> scores = outputs.Row(row);
            int best = 0;
            for (int k = 1; k < scores.Length; k++)
                best = scores[k] > scores[best] ? k : best;
            correct += best == data.Labels![row] ? 1 : 0;
        }
        Assert.Equal(correct / (double)Rows, accuracy);
        Assert.InRange(accuracy, 0.05, 0.95);
        Assert.Equal(objective.Loss(), loss);
    }

    private static long Allocated(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
