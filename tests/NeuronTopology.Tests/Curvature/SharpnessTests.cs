using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

public class SharpnessTests
{
    [Fact]
    public void Measure_BothMethods_AgreeOnTopEigenvalue()
    {
        var spectrum = TestMatrices.Linear(50, -0.5, 2);
        spectrum[7] = 3;
        var hessian = TestMatrices.Conjugated(spectrum, seed: 30);

        var lanczos = Sharpness.Measure(hessian);
        var power = Sharpness.Measure(hessian, new SharpnessOptions { Method = SharpnessMethod.PowerIteration });

        Assert.Equal(3.0, lanczos.Eigenvalue, 1e-12);
        Assert.Equal(3.0, power.Eigenvalue, 1e-12);
        Assert.True(lanczos.Iterations < power.Iterations, $"Lanczos {lanczos.Iterations} vs power {power.Iterations} iterations");
    }

    [Theory]
    [InlineData(SharpnessMethod.Lanczos)]
    [InlineData(SharpnessMethod.PowerIteration)]
    public void Measure_NegativeEndLarger_ReturnsMostPositiveEigenvalue(SharpnessMethod method)
    {
        // Spectrum {−10, 3, 1, 0.5, −1} in a rotated basis: the eigenvalue of largest magnitude is −10, the
        // sharpness is 3. Power iteration finds −10 first, then 13 − 10 = 3 on H + 10 I.
        var hessian = TestMatrices.Conjugated([-10, 3, 1, 0.5, -1], seed: 11);

        var result = Sharpness.Measure(hessian, new SharpnessOptions { Method = method, Tolerance = 1e-10, ComputeEigenvector = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(3.0, result.Eigenvalue, 1e-8);
        Assert.Equal(result.Residual, TestMatrices.ResidualNorm(hessian, result.Eigenvalue, result.Eigenvector!), 1e-12);
    }

    [Fact]
    public void Measure_PaperProtocolNegativeDominant_ReturnsMostPositiveEigenvalue()
    {
        // Diagonal {−4, 2, 1}: 20 steps find −4, 20 more on H + 4 I find 6 − 4 = 2 (error shrinking by (5/6)²ᵗ).
        var result = Sharpness.Measure(TestMatrices.Diagonal(-4, 2, 1), SharpnessOptions.Paper);

        Assert.Equal(40, result.Iterations);
        Assert.Equal(2.0, result.Eigenvalue, 1e-2);
    }

    [Fact]
    public void Measure_PaperProtocol_TwentyProductsOverCycledBatches()
    {
        var batches = new[] { new CountingOperator(TestMatrices.Diagonal(4, 1, 0.5)), new CountingOperator(TestMatrices.Diagonal(2, 1, 0.5)), new CountingOperator(TestMatrices.Diagonal(3, 1, 0.5)) };
        var stochastic = new MiniBatchHessianOperator(batches);

        var result = Sharpness.Measure(stochastic, SharpnessOptions.Paper);

        Assert.Equal(20, result.Iterations);
        Assert.Equal(IterationExit.IterationLimit, result.Exit);
        Assert.Equal([7, 7, 6], batches.Select(batch => batch.Products));
        // All batches share the top eigenvector e₀; the 20th product used batch 1, whose λ on e₀ is 2.
        Assert.Equal(2.0, result.Eigenvalue, 1e-6);
        Assert.Equal(2, stochastic.NextBatch);
    }

    [Fact]
    public void Lanczos_MiniBatchOperator_Throws()
    {
        var stochastic = new MiniBatchHessianOperator([TestMatrices.Diagonal(1, 2), TestMatrices.Diagonal(3, 4)]);

        Assert.Throws<ArgumentException>("hessian", () => Sharpness.Measure(stochastic));
        Assert.Equal(4.0, Sharpness.Measure(new MiniBatchHessianOperator([TestMatrices.Diagonal(3, 4)])).Eigenvalue, 1e-12);
    }

    [Fact]
    public void MiniBatchOperator_MismatchedDimensions_Throws()
    {
        Assert.Throws<ArgumentException>("batches", () => new MiniBatchHessianOperator([TestMatrices.Diagonal(1, 2), TestMatrices.Diagonal(1, 2, 3)]));
        Assert.Throws<ArgumentException>("batches", () => new MiniBatchHessianOperator([]));
    }
}
