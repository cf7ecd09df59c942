using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>
/// Reference runs PyTorch 1.13 made in float32, reproduced by the float32 network and optimizers. Both sides round
/// every operation to float32 but sum in different orders, so agreement is to about 1e-5, not to the last bit.
/// </summary>
public class Float32FixtureTests
{
    private const double LossTolerance = 1e-5;
    private const double ParameterTolerance = 1e-4;

    [Theory]
    [MemberData(nameof(FixtureTests.Float32Cases), MemberType = typeof(FixtureTests))]
    public void Float32TrajectoryMatches(string path)
    {
        TrainingFixture fixture = TrainingFixture.Load(path);
        var model = new MultilayerPerceptron<float>(fixture.Architecture, fixture.InitialParameters.Select(p => (float)p).ToArray());
        var trainer = new Trainer<float>(model, fixture.Loss, fixture.CreateOptimizer<float>(), fixture.FloatData());
        var recorded = fixture.Trajectory.ToDictionary(t => t.Step);
        int lastStep = recorded.Keys.Max();

        for (int step = 1; step <= lastStep; step++)
        {
            Assert.Equal(TrainingStepOutcome.Applied, trainer.Step(fixture.BatchRows(step), out double batchLoss));
            if (step == 1)
                AssertRelative(fixture.InitialLoss, batchLoss, LossTolerance, "initial loss");
            if (!recorded.TryGetValue(step, out var expected))
                continue;

            AssertRelative(expected.BatchLoss, batchLoss, LossTolerance, $"batch loss before step {step}");
            double largest = expected.Parameters.Max(Math.Abs);
            for (int i = 0; i < expected.Parameters.Length; i++)
            {
                double scale = Math.Max(Math.Abs(expected.Parameters[i]), 1e-2 * largest);
                double error = Math.Abs(model.Parameters[i] - expected.Parameters[i]);
                Assert.True(error <= ParameterTolerance * scale, $"step {step}, parameter {i}: expected {expected.Parameters[i]:R}, got {model.Parameters[i]:R}");
            }
        }
    }

    private static void AssertRelative(double expected, double actual, double tolerance, string description)
    {
        double error = Math.Abs(actual - expected);
        Assert.True(error <= tolerance * Math.Abs(expected), $"{description}: expected {expected:R}, got {actual:R}");
    }
}
