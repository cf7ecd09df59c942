using NeuronTopology.Curvature;
using NeuronTopology.Tests.Training;
using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

/// <summary>
/// Extreme Hessian eigenvalues of the PyTorch reference runs at their initial parameters, recorded from the
/// exact full-data Hessian. Extra cases in the same format are read from the directory named by
/// NEURONTOPOLOGY_TRAINING_FIXTURES when it is set.
/// </summary>
public class TrainingFixtureSharpnessTests
{
    private const double RelativeTolerance = 1e-6;

    public static TheoryData<string> Cases() => new(TrainingFixture.CasePaths());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lanczos_TopEigenvalue_MatchesReference(string path)
    {
        var (fixture, hessian) = Load(path);

        var result = Lanczos.Largest(hessian);

        Assert.Equal(IterationExit.Converged, result.Exit);
        AssertRelative(fixture.TopEigenvalue, result.Eigenvalue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lanczos_BottomEigenvalue_MatchesReference(string path)
    {
        var (fixture, hessian) = Load(path);

        var result = Lanczos.Smallest(hessian);

        Assert.Equal(IterationExit.Converged, result.Exit);
        AssertRelative(fixture.BottomEigenvalue, result.Eigenvalue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PowerIteration_DominantEigenvalue_MatchesReference(string path)
    {
        // Power iteration finds the eigenvalue of largest magnitude: the top one on every bundled case.
        var (fixture, hessian) = Load(path);
        double dominant = Math.Abs(fixture.TopEigenvalue) >= Math.Abs(fixture.BottomEigenvalue) ? fixture.TopEigenvalue : fixture.BottomEigenvalue;

        var result = PowerIteration.Dominant(hessian, new PowerIterationOptions { MaxIterations = 100_000 });

        Assert.Equal(IterationExit.Converged, result.Exit);
        AssertRelative(dominant, result.Eigenvalue);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sharpness_TopFour_AreEigenpairs(string path)
    {
        var (fixture, hessian) = Load(path);

        var result = Lanczos.Largest(hessian, 4, new LanczosOptions { ComputeEigenvectors = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        AssertRelative(fixture.TopEigenvalue, result.Eigenvalues[0]);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(result.Residuals[i] <= 1e-7 * fixture.TopEigenvalue, $"residual {i}: {result.Residuals[i]}");
            if (i > 0)
                Assert.True(result.Eigenvalues[i] <= result.Eigenvalues[i - 1], "eigenvalues are not descending");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spectrum_MatchesDenseJacobi(string path)
    {
        // The dense reference assembles H column by column from products with unit vectors and diagonalizes it
        // by Jacobi, an algorithm independent of Krylov subspaces.
        var (_, hessian) = Load(path);
        var dense = DenseSpectrum(hessian);
        double scale = Math.Max(Math.Abs(dense[0]), Math.Abs(dense[^1]));

        var top = Lanczos.Largest(hessian, 4);
        var bottom = Lanczos.Smallest(hessian, 2);

        for (int i = 0; i < 4; i++)
            Assert.True(Math.Abs(top.Eigenvalues[i] - dense[^(i + 1)]) <= 1e-9 * scale, $"top {i}: Lanczos {top.Eigenvalues[i]:R}, dense {dense[^(i + 1)]:R}");
        for (int i = 0; i < 2; i++)
            Assert.True(Math.Abs(bottom.Eigenvalues[i] - dense[i]) <= 1e-9 * scale, $"bottom {i}: Lanczos {bottom.Eigenvalues[i]:R}, dense {dense[i]:R}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void HutchinsonTrace_WithinFourStandardErrors(string path)
    {
        var (_, hessian) = Load(path);
        double trace = DenseSpectrum(hessian).Sum();

        var estimate = HutchinsonTrace.Estimate(hessian, new HutchinsonOptions { MaxProbes = 500, RelativeStandardError = 0, Seed = 7 });

        Assert.Equal(IterationExit.IterationLimit, estimate.Exit);
        Assert.InRange(trace, estimate.Trace - 4 * estimate.StandardError, estimate.Trace + 4 * estimate.StandardError);
    }

    [Fact]
    public void PreconditionedSharpness_RmsProp_MatchesDenseMatrix()
    {
        // After one RMSprop step, P = √v + ε. The reference is the top eigenvalue of the explicit matrix
        // P^{-1/2} H P^{-1/2}, assembled column by column from products with unit vectors and solved by Jacobi.
        var (fixture, hessian) = Load(FixturePath("deep_relu_rmsprop"));
        var objective = hessian.Objective;
        var optimizer = new RmsProp<double>(fixture.LearningRate);
        var gradient = new double[objective.ParameterCount];
        objective.LossAndGradient(gradient);
        optimizer.Step(objective.Model.Parameters, gradient);
        var diagonal = new double[objective.ParameterCount];
        optimizer.GetPreconditioner(diagonal);

        var result = Sharpness.MeasurePreconditioned(objective, optimizer);

        double expected = DenseTopEigenvalue(new PreconditionedHessianOperator(hessian, diagonal));
        Assert.Equal(IterationExit.Converged, result.Exit);
        AssertRelative(expected, result.Eigenvalue);
        Assert.True(result.Eigenvalue > 10 * Lanczos.Largest(hessian).Eigenvalue, "preconditioning by √v + ε ≪ 1 should raise the sharpness");
    }

    [Fact]
    public void PaperProtocol_OneFullBatch_MatchesReference()
    {
        var fixture = TrainingFixture.Load(FixturePath("paper_mlp_sgd"));
        var model = new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone());
        int[] allRows = Enumerable.Range(0, fixture.Data.Count).ToArray();
        var stochastic = TrainingObjectiveHessian.ForMiniBatches(model, fixture.Loss, fixture.Data, [allRows]);

        var result = Sharpness.Measure(stochastic, SharpnessOptions.Paper);

        Assert.Equal(SharpnessOptions.PaperIterations, result.Iterations);
        AssertRelative(fixture.TopEigenvalue, result.Eigenvalue);
    }

    [Fact]
    public void PaperProtocol_MiniBatches_EndsOnLastBatchRayleighQuotient()
    {
        // The estimate is vᵀH_b v for the batch b of the 20th product, so it lies in that batch's spectrum.
        var fixture = TrainingFixture.Load(FixturePath("minibatch_nesterov"));
        var model = new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone());
        var stochastic = TrainingObjectiveHessian.ForMiniBatches(model, fixture.Loss, fixture.Data, fixture.Batches!);
        int lastBatch = (SharpnessOptions.PaperIterations - 1) % fixture.Batches!.Length;
        var lastBatchHessian = new TrainingObjectiveHessian(new TrainingObjective(model, fixture.Loss, fixture.Data, fixture.Batches[lastBatch]));

        var result = Sharpness.Measure(stochastic, SharpnessOptions.Paper);

        Assert.Equal((lastBatch + 1) % fixture.Batches.Length, stochastic.NextBatch);
        Assert.InRange(result.Eigenvalue, Lanczos.Smallest(lastBatchHessian).Eigenvalue, Lanczos.Largest(lastBatchHessian).Eigenvalue + 1e-12);
    }

    private static double DenseTopEigenvalue(IHessianOperator hessian) => DenseSpectrum(hessian)[^1];

    // All eigenvalues in ascending order.
    private static double[] DenseSpectrum(IHessianOperator hessian)
    {
        int n = hessian.Dimension;
        var matrix = new double[n * n];
        var unit = new double[n];
        var column = new double[n];
        for (int j = 0; j < n; j++)
        {
            unit[j] = 1;
            hessian.Multiply(unit, column);
            unit[j] = 0;
            for (int i = 0; i < n; i++)
                matrix[i * n + j] = column[i];
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++)
                matrix[i * n + j] = matrix[j * n + i] = 0.5 * (matrix[i * n + j] + matrix[j * n + i]);

        var eigenvalues = new double[n];
        JacobiEigenSolver.Decompose(matrix, n, eigenvalues, new double[n * n]);
        return eigenvalues;
    }

    private static (TrainingFixture Fixture, FixtureHessian Hessian) Load(string path)
    {
        var fixture = TrainingFixture.Load(path);
        var model = new MultilayerPerceptron<double>(fixture.Architecture, (double[])fixture.InitialParameters.Clone());
        var objective = new TrainingObjective(model, fixture.Loss, fixture.Data);
        return (fixture, new FixtureHessian(objective));
    }

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "training", name + ".json");

    private static void AssertRelative(double expected, double actual)
    {
        double relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative <= RelativeTolerance, $"expected {expected:R}, got {actual:R} (relative error {relative:E2})");
    }

    /// <summary>The adapter under test, keeping its objective for the preconditioned case.</summary>
    private sealed class FixtureHessian(TrainingObjective objective) : IHessianOperator
    {
        private readonly TrainingObjectiveHessian _adapter = new(objective);

        public TrainingObjective Objective => objective;

        public int Dimension => _adapter.Dimension;

        public void Multiply(ReadOnlySpan<double> vector, Span<double> product) => _adapter.Multiply(vector, product);
    }
}
