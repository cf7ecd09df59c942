using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>A trainer that continues an earlier run: <see cref="Trainer{T}.ResumeAt"/> and <see cref="Trainer{T}.LearningRateAt"/>.</summary>
public class TrainerResumeTests
{
    private static readonly int[][] Batches = [[0, 1, 2], [3, 4, 5]];

    private static TrainerOptions PerStep => new() { Schedule = LearningRateSchedule.Step(stepSize: 3, gamma: 0.5), ScheduleUnit = ScheduleUnit.Step, Threads = 1 };

    [Fact]
    public void ResumedTrainerMatchesUninterruptedRun()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 5, 1], Activation.Tanh, bias: true, seed: 21);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 22);
        MultilayerPerceptron<double> reference = model.Clone();
        var uninterrupted = new Trainer<double>(reference, Loss.MeanSquaredError, new Adam<double>(0.05), data, PerStep);
        var referenceRates = new List<double>();
        uninterrupted.Train(new FixedBatchSequence(Batches), epochs: 3, afterStep: report => { referenceRates.Add(report.LearningRate); return true; });

        // First run: one epoch (steps 1 and 2), then the parameters and optimizer state go to a new trainer.
        var first = new Trainer<double>(model, Loss.MeanSquaredError, new Adam<double>(0.05), data, PerStep);
        first.Train(new FixedBatchSequence(Batches), epochs: 1);
        var adam = new Adam<double>(0.05);
        adam.LoadState(first.Optimizer.SaveState());
        MultilayerPerceptron<double> continued = model.Clone();
        var second = new Trainer<double>(continued, Loss.MeanSquaredError, adam, data, PerStep);
        second.ResumeAt(first.StepCount, first.EpochCount);
        var steps = new List<long>();
        var rates = new List<double>();
        second.Train(new FixedBatchSequence(Batches), epochs: 2, afterStep: report =>
        {
            steps.Add(report.Step);
            rates.Add(report.LearningRate);
            return true;
        });

        Assert.Equal(reference.Parameters, continued.Parameters);
        Assert.Equal([3L, 4, 5, 6], steps);
        Assert.Equal([0.05, 0.05, 0.05, 0.025, 0.025, 0.025], referenceRates);
        Assert.Equal(referenceRates[2..], rates);
        Assert.Equal(6, second.StepCount);
        Assert.Equal(3, second.EpochCount);
    }

    [Fact]
    public void UnresumedTrainerRestartsSchedule()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 5, 1], Activation.Tanh, bias: true, seed: 21);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 22);
        var second = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(0.05), data, PerStep);
        var rates = new List<double>();

        second.Train(new FixedBatchSequence(Batches), epochs: 2, afterStep: report => { rates.Add(report.LearningRate); return true; });

        // Steps 1 to 4 from zero: the decay comes one step later than in the resumed run above.
        Assert.Equal([0.05, 0.05, 0.05, 0.025], rates);
    }

    [Fact]
    public void LearningRateFollowsScheduleUnit()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 3, 1], Activation.Tanh, bias: false, seed: 23);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 24);
        var perStep = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(1.0), data, PerStep);
        var perEpoch = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(1.0), data, PerStep with { ScheduleUnit = ScheduleUnit.Epoch });

        // Step 4 is the first of the second decay period per step; epoch 3 the first per epoch.
        Assert.Equal(1.0, perStep.LearningRateAt(3, epoch: 7));
        Assert.Equal(0.5, perStep.LearningRateAt(4, epoch: 0));
        Assert.Equal(1.0, perEpoch.LearningRateAt(100, epoch: 2));
        Assert.Equal(0.5, perEpoch.LearningRateAt(1, epoch: 3));
    }

    [Fact]
    public void BadPositionsAreRejected()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 3, 1], Activation.Tanh, bias: false, seed: 25);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 6, inputs: 2, outputs: 1, seed: 26);
        var trainer = new Trainer<double>(model, Loss.MeanSquaredError, new Sgd<double>(1.0), data);

        Assert.Equal("stepCount", Assert.Throws<ArgumentOutOfRangeException>(() => trainer.ResumeAt(-1, 0)).ParamName);
        Assert.Equal("epochCount", Assert.Throws<ArgumentOutOfRangeException>(() => trainer.ResumeAt(0, -1)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => trainer.LearningRateAt(0, 0)).ParamName);
        Assert.Equal("epoch", Assert.Throws<ArgumentOutOfRangeException>(() => trainer.LearningRateAt(1, -1)).ParamName);
        Assert.Equal(0, trainer.StepCount);
    }
}
