using NeuronTopology.Numerics;
using NeuronTopology.Training;
using NeuronTopology.Training.Data;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>The training loop: reference trajectories, divergence, stopping and schedules.</summary>
public class TrainerTests
{
    [Theory]
    [MemberData(nameof(FixtureTests.Cases), MemberType = typeof(FixtureTests))]
    public void TrainerReproducesFixtureTrajectory(string path)
    {
        TrainingFixture fixture = TrainingFixture.Load(path);
        var model = new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone());
        Optimizer<double> optimizer = fixture.CreateOptimizer();
        var trainer = new Trainer<double>(model, fixture.Loss, optimizer, fixture.Data, new TrainerOptions { Threads = 1 });
        IBatchSequence batches = fixture.Batches is null ? new FullBatchSequence(fixture.Data.Count) : new FixedBatchSequence(fixture.Batches);
        var recorded = fixture.Trajectory.ToDictionary(t => t.Step);
        long lastStep = recorded.Keys.Max();
        int checkedSteps = 0;

        TrainingResult result = trainer.Train(batches, epochs: int.MaxValue, afterStep: report =>
        {
            if (recorded.TryGetValue((int)report.Step, out var expected))
            {
                FixtureTests.AssertClose(expected.BatchLoss, report.BatchLoss, $"batch loss before step {report.Step}");
                FixtureTests.AssertVectorClose(expected.Parameters, model.Parameters, $"parameters after step {report.Step}");
                checkedSteps++;
            }
            return report.Step < lastStep;
        });

        Assert.Equal(TrainingExitCondition.Stopped, result.ExitCondition);
        Assert.Equal(lastStep, result.StepsCompleted);
        Assert.Equal(recorded.Count, checkedSteps);
    }

    [Fact]
    public void HugeLearningRateDiverges()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 8, 1], Activation.Relu, bias: true, seed: 1);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 16, inputs: 2, outputs: 1, seed: 2);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(1e6), data);
        double[] before = Array.Empty<double>();

        TrainingResult result = trainer.Train(new FullBatchSequence(16), epochs: 1000, afterStep: _ =>
        {
            before = (double[])model.Parameters.Clone();
            return true;
        });

        Assert.Equal(TrainingExitCondition.Diverged, result.ExitCondition);
        Assert.NotNull(result.DivergedAtStep);
        Assert.Equal(result.StepsCompleted + 1, result.DivergedAtStep);
        Assert.StartsWith($"diverged at step {result.DivergedAtStep}", result.Message);
        Assert.All(model.Parameters, p => Assert.True(double.IsFinite(p)));
        Assert.Equal(before, model.Parameters);
        Assert.Equal(2, NeuronCloud.FromModel(model, 0).Points.Dimension - 2);
    }

    [Fact]
    public void OverflowingUpdateRestoresParameters()
    {
        // A finite loss and gradient whose update overflows: θ = 1e300, lr·g ≈ 1e308 · 10 → ∞.
        var architecture = new MlpArchitecture([1, 1], Activation.Identity, bias: false);
        var model = new MultilayerPerceptron<double>(architecture, [1e150]);
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(1, 1, [1.0]), new Matrix<double>(1, 1, [0.0]));
        var optimizer = new Sgd<double>(1e160, momentum: 0.9);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, optimizer, data);

        TrainingResult result = trainer.Train(new FullBatchSequence(1), epochs: 5);

        Assert.Equal(TrainingExitCondition.Diverged, result.ExitCondition);
        Assert.Equal(1, result.DivergedAtStep);
        Assert.Contains("parameter", result.Message);
        Assert.Equal(1e150, model.Parameters[0]);
        Assert.Equal(0, optimizer.StepCount);
        Assert.Empty(optimizer.SaveState().Buffers);
    }

    [Fact]
    public void OverflowRollsBackOptimizerState()
    {
        // Step 1 runs at η = 1e-100. The schedule then raises η to 1e200, so step 2's update overflows and the
        // momentum buffer must be left as step 1 made it.
        var architecture = new MlpArchitecture([1, 1], Activation.Identity, bias: false);
        var model = new MultilayerPerceptron<double>(architecture, [1e150]);
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(1, 1, [1.0]), new Matrix<double>(1, 1, [0.0]));
        var optimizer = new Sgd<double>(1e-100, momentum: 0.9);
        var options = new TrainerOptions { Schedule = LearningRateSchedule.Step(stepSize: 1, gamma: 1e300) };
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, optimizer, data, options);
        OptimizerState<double>? afterFirstStep = null;
        double[] parametersAfterFirstStep = [];

        TrainingResult result = trainer.Train(new FullBatchSequence(1), epochs: 2, afterStep: _ =>
        {
            afterFirstStep = optimizer.SaveState();
            parametersAfterFirstStep = (double[])model.Parameters.Clone();
            return true;
        });

        Assert.Equal(TrainingExitCondition.Diverged, result.ExitCondition);
        Assert.Equal(2, result.DivergedAtStep);
        Assert.Equal(parametersAfterFirstStep, model.Parameters);
        Assert.Equal(1, optimizer.StepCount);
        Assert.NotNull(afterFirstStep);
        Assert.Equal(afterFirstStep.Buffers["momentum_buffer"], optimizer.SaveState().Buffers["momentum_buffer"]);
    }

    [Fact]
    public void SingleStepsMatchTrainLoop()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 5, 1], Activation.Gelu, bias: true, seed: 12);
        MultilayerPerceptron<double> stepped = model.Clone();
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 13);
        int[][] batches = [[0, 1, 2], [3, 4, 5]];
        var looped = new Trainer<double>(model, Loss.MeanSquaredError, new Adam<double>(0.01), data);
        var manual = new Trainer<double>(stepped, Loss.MeanSquaredError, new Adam<double>(0.01), data);

        looped.Train(new FixedBatchSequence(batches), epochs: 2);
        var losses = new List<double>();
        for (int step = 0; step < 4; step++)
        {
            Assert.Equal(TrainingStepOutcome.Applied, manual.Step(batches[step % 2], out double batchLoss));
            losses.Add(batchLoss);
        }

        Assert.Equal(model.Parameters, stepped.Parameters);
        Assert.Equal(4, manual.StepCount);
        Assert.All(losses, loss => Assert.True(loss > 0.0));
    }

    [Fact]
    public void SingleStepReportsNonFiniteLoss()
    {
        var architecture = new MlpArchitecture([1, 1], Activation.Identity, bias: false);
        var model = new MultilayerPerceptron<double>(architecture, [1e200]);
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(1, 1, [1e200]), new Matrix<double>(1, 1, [0.0]));
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(0.1), data);

        TrainingStepOutcome outcome = trainer.Step([0], out double batchLoss);

        Assert.Equal(TrainingStepOutcome.NonFiniteLoss, outcome);
        Assert.Equal(double.PositiveInfinity, batchLoss);
        Assert.Equal(0, trainer.StepCount);
        Assert.Equal(1e200, model.Parameters[0]);
    }

    [Fact]
    public void LossComputeMatchesObjective()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([3, 4, 3], Activation.Tanh, bias: true, seed: 14);
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: 7, inputs: 3, outputs: 3, seed: 15);

        double computed = Loss.CrossEntropy.Compute(model.Predict(data.Inputs), data);

        Assert.Equal(new TrainingObjective(model, Loss.CrossEntropy, data).Loss(), computed, 1e-15);
        Assert.Throws<ArgumentException>(() => Loss.CrossEntropy.Compute(new Matrix<double>(6, 3), data));
    }

    [Fact]
    public void MaxStepsAndCancellationStopBetweenSteps()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 4, 1], Activation.Tanh, bias: true, seed: 3);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 20, inputs: 2, outputs: 1, seed: 4);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(0.01), data, new TrainerOptions { MaxSteps = 7 });
        var batches = new SampledBatchSequence(new MiniBatchSampler(20, batchSize: 6, seed: 5));

        TrainingResult limited = trainer.Train(batches, epochs: 10);
        Assert.Equal(TrainingExitCondition.Completed, limited.ExitCondition);
        Assert.Equal(7, limited.StepsCompleted);
        Assert.Equal(7, trainer.StepCount);

        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        TrainingResult cancelled = trainer.Train(batches, epochs: 10, cancellationToken: cancellation.Token);
        Assert.Equal(TrainingExitCondition.Cancelled, cancelled.ExitCondition);
        Assert.Equal(0, cancelled.StepsCompleted);
    }

    [Fact]
    public void ScheduleSetsLearningRatePerEpoch()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 4, 1], Activation.Sigmoid, bias: false, seed: 6);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 8, inputs: 2, outputs: 1, seed: 7);
        var options = new TrainerOptions { Schedule = LearningRateSchedule.Step(stepSize: 2, gamma: 0.1) };
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(1.0), data, options);
        var rates = new List<double>();

        trainer.Train(new FixedBatchSequence([[0, 1, 2, 3], [4, 5, 6, 7]]), epochs: 3, afterStep: report =>
        {
            rates.Add(report.LearningRate);
            return true;
        });

        Assert.Equal([1.0, 1.0, 1.0, 1.0, 0.1, 0.1], rates, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void SampledSequenceReturnsSamplerBatches()
    {
        var sampler = new MiniBatchSampler(10, batchSize: 4, seed: 9);
        var batches = new SampledBatchSequence(sampler);

        Assert.Equal(sampler.Epoch(3), batches.GetBatches(3));
    }

    [Fact]
    public void DatasetConvertsToFloat()
    {
        var dataset = Dataset.ForClassification(new Matrix<double>(2, 2, [0.1, 0.2, 0.3, 0.4]), [1, 0], classCount: 2);

        SupervisedData<float> data = dataset.ToSupervisedData<float>();
        SupervisedData<double> shared = dataset.ToSupervisedData<double>();

        Assert.Equal([0.1f, 0.2f, 0.3f, 0.4f], data.Inputs.Data);
        Assert.Equal([1, 0], data.Labels!);
        Assert.Same(dataset.Inputs, shared.Inputs);
    }

    [Fact]
    public void FloatNetworkTracksDouble()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([3, 16, 2], Activation.Gelu, bias: true, seed: 8);
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: 32, inputs: 3, outputs: 2, seed: 9);
        var floatModel = new MultilayerPerceptron<float>(model.Architecture, model.Parameters.Select(p => (float)p).ToArray());
        var floatData = SupervisedData<float>.WithLabels(new Matrix<float>(32, 3, data.Inputs.Data.Select(x => (float)x).ToArray()), data.Labels!);
        var trainer = new Trainer<double>(model, Loss.CrossEntropy, new Adam<double>(0.01), data);
        var floatTrainer = new Trainer<float>(floatModel, Loss.CrossEntropy, new Adam<float>(0.01), floatData);

        trainer.Train(new SampledBatchSequence(new MiniBatchSampler(32, 8, seed: 1)), epochs: 3);
        floatTrainer.Train(new SampledBatchSequence(new MiniBatchSampler(32, 8, seed: 1)), epochs: 3);

        for (int i = 0; i < model.Parameters.Length; i++)
            Assert.Equal(model.Parameters[i], floatModel.Parameters[i], 1e-4);
    }

    [Fact]
    public void ProgressReportsEveryStep()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 3, 1], Activation.Tanh, bias: true, seed: 10);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 11);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(0.1), data);
        var reports = new SynchronousProgress();

        trainer.Train(new FixedBatchSequence([[0, 1, 2], [3, 4, 5]]), epochs: 2, progress: reports);

        Assert.Equal([1L, 2, 3, 4], reports.Items.Select(r => r.Step));
        Assert.Equal([0, 0, 1, 1], reports.Items.Select(r => r.Epoch));
        Assert.Equal([0, 1, 0, 1], reports.Items.Select(r => r.Batch));
    }

    private sealed class SynchronousProgress : IProgress<TrainingStepReport>
    {
        public List<TrainingStepReport> Items { get; } = [];

        public void Report(TrainingStepReport value) => Items.Add(value);
    }
}
