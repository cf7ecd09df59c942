using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Schedules against hand-computed PyTorch values.</summary>
public class LearningRateScheduleTests
{
    [Fact]
    public void ConstantKeepsInitialRate()
    {
        Assert.Equal(0.3, LearningRateSchedule.Constant.LearningRateAt(0.3, 1000));
    }

    [Fact]
    public void StepMultipliesByGammaEveryStepSize()
    {
        LearningRateSchedule schedule = LearningRateSchedule.Step(stepSize: 3, gamma: 0.5);

        Assert.Equal(1.0, schedule.LearningRateAt(1.0, 0));
        Assert.Equal(1.0, schedule.LearningRateAt(1.0, 2));
        Assert.Equal(0.5, schedule.LearningRateAt(1.0, 3));
        Assert.Equal(0.25, schedule.LearningRateAt(1.0, 7));
    }

    [Fact]
    public void CosineAnnealsToMinimum()
    {
        LearningRateSchedule schedule = LearningRateSchedule.Cosine(maxSteps: 10, minimumLearningRate: 0.1);

        Assert.Equal(1.0, schedule.LearningRateAt(1.0, 0), 1e-15);
        Assert.Equal(0.55, schedule.LearningRateAt(1.0, 5), 1e-15);
        Assert.Equal(0.1, schedule.LearningRateAt(1.0, 10), 1e-15);
    }

    [Fact]
    public void LinearWarmupRisesToEndFactor()
    {
        LearningRateSchedule schedule = LearningRateSchedule.LinearWarmup(totalSteps: 4, startFactor: 0.2, endFactor: 1.0);

        Assert.Equal(0.2, schedule.LearningRateAt(1.0, 0), 1e-15);
        Assert.Equal(0.6, schedule.LearningRateAt(1.0, 2), 1e-15);
        Assert.Equal(1.0, schedule.LearningRateAt(1.0, 4), 1e-15);
        Assert.Equal(1.0, schedule.LearningRateAt(1.0, 9), 1e-15);
    }

    [Fact]
    public void InvalidSettingsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Step(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(10, -1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.LinearWarmup(5, startFactor: 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Constant.LearningRateAt(1.0, -1));
    }
}
