using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Every reference case, recorded with PyTorch 1.13 in float64, reproduced to a relative 1e-9.</summary>
public class FixtureTests
{
    private const double Tolerance = 1e-9;

    /// <summary>Cases PyTorch ran in float64.</summary>
    public static TheoryData<string> Cases() => CasesWhere(fixture => !fixture.IsFloat32);

    /// <summary>Every case; the Hessian reference is computed in float64 even for float32 runs.</summary>
    public static TheoryData<string> AllCases() => CasesWhere(_ => true);

    /// <summary>Cases PyTorch ran in float32.</summary>
    public static TheoryData<string> Float32Cases() => CasesWhere(fixture => fixture.IsFloat32);

    private static TheoryData<string> CasesWhere(Func<TrainingFixture, bool> predicate)
    {
        var data = new TheoryData<string>();
        foreach (string path in TrainingFixture.CasePaths())
        {
            if (predicate(TrainingFixture.Load(path)))
                data.Add(path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void InitialLossAndGradientMatch(string path)
    {
        TrainingFixture fixture = TrainingFixture.Load(path);
        var objective = new TrainingObjective(new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone()), fixture.Loss, fixture.Data);
        var gradient = new double[objective.ParameterCount];

        double loss = objective.LossAndGradient(gradient);

        AssertClose(fixture.InitialLoss, loss, "initial loss");
        AssertVectorClose(fixture.InitialGradient, gradient, "initial gradient");
        AssertClose(fixture.InitialLoss, objective.Loss(), "initial loss without gradient");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void InitialHessianExtremesMatch(string path)
    {
        TrainingFixture fixture = TrainingFixture.Load(path);
        var objective = new TrainingObjective(new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone()), fixture.Loss, fixture.Data);

        (double smallest, double largest) = SymmetricLanczos.ExtremeEigenvalues(objective.HessianVectorProduct, objective.ParameterCount, steps: 400, seed: 1);

        AssertClose(fixture.TopEigenvalue, largest, "top Hessian eigenvalue");
        AssertClose(fixture.BottomEigenvalue, smallest, "bottom Hessian eigenvalue");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TrajectoryMatchesEveryRecordedStep(string path)
    {
        TrainingFixture fixture = TrainingFixture.Load(path);
        var model = new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone());
        Optimizer<double> optimizer = fixture.CreateOptimizer();
        var gradient = new double[model.Parameters.Length];
        int lastStep = fixture.Trajectory.Max(t => t.Step);
        var recorded = fixture.Trajectory.ToDictionary(t => t.Step);

        for (int step = 1; step <= lastStep; step++)
        {
            var objective = new TrainingObjective(model, fixture.Loss, fixture.Data, fixture.BatchRows(step));
            double batchLoss = objective.LossAndGradient(gradient);
            optimizer.Step(model.Parameters, gradient);

            if (recorded.TryGetValue(step, out var expected))
            {
                AssertClose(expected.BatchLoss, batchLoss, $"batch loss before step {step}");
                AssertVectorClose(expected.Parameters, model.Parameters, $"parameters after step {step}");
            }
        }
    }

    internal static void AssertClose(double expected, double actual, string description)
    {
        double error = Math.Abs(actual - expected);
        Assert.True(error <= Tolerance * Math.Abs(expected), $"{description}: expected {expected:R}, got {actual:R} (relative error {error / Math.Abs(expected):E2}).");
    }

    // Entries far below the largest are compared relative to 1e-3 of the largest, where relative error loses meaning.
    internal static void AssertVectorClose(double[] expected, double[] actual, string description)
    {
        Assert.Equal(expected.Length, actual.Length);
        double largest = expected.Max(Math.Abs);
        for (int i = 0; i < expected.Length; i++)
        {
            double scale = Math.Max(Math.Abs(expected[i]), 1e-3 * largest);
            double error = Math.Abs(actual[i] - expected[i]);
            Assert.True(error <= Tolerance * scale, $"{description}, entry {i}: expected {expected[i]:R}, got {actual[i]:R} (error {error:E2}, scale {scale:E2}).");
        }
    }
}
