using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

public class PowerIterationTests
{
    [Fact]
    public void Dominant_DiagonalMatrix_ReturnsLargestMagnitude()
    {
        var hessian = TestMatrices.Diagonal(1, -2, 6, 3, 0, 5);

        var result = PowerIteration.Dominant(hessian, new PowerIterationOptions { ComputeEigenvector = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(6.0, result.Eigenvalue, 1e-12);
        Assert.True(result.Residual <= 1e-8 * 6, $"residual {result.Residual}");
        Assert.Equal(1.0, Math.Abs(result.Eigenvector![2]), 1e-8);
        Assert.Equal(result.Iterations, result.ProductCount);
    }

    [Fact]
    public void Dominant_ConjugatedSpectrum_MatchesTopEigenvalue()
    {
        var spectrum = TestMatrices.Linear(60, -1, 2);
        spectrum[30] = 3;
        var hessian = TestMatrices.Conjugated(spectrum, seed: 8);

        var result = PowerIteration.Dominant(hessian, new PowerIterationOptions { ComputeEigenvector = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(3.0, result.Eigenvalue, 1e-12);
        Assert.Equal(result.Residual, TestMatrices.ResidualNorm(hessian, result.Eigenvalue, result.Eigenvector!), 1e-12);
    }

    [Fact]
    public void Dominant_NegativeDominantSpectrum_ReturnsMostNegative()
    {
        var spectrum = TestMatrices.Linear(40, -10, 1);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 5);

        var result = PowerIteration.Dominant(hessian);

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(-10.0, result.Eigenvalue, 1e-9);
    }

    [Fact]
    public void Dominant_SymmetricSpectrum_StopsAtIterationLimit()
    {
        // λ = ±2 with equal magnitude: the iterate alternates between two directions and never converges.
        var hessian = TestMatrices.Conjugated([2, -2, 1, 0.5], seed: 6);

        var result = PowerIteration.Dominant(hessian, new PowerIterationOptions { MaxIterations = 200 });

        Assert.Equal(IterationExit.IterationLimit, result.Exit);
        Assert.Equal(200, result.Iterations);
        Assert.True(result.Residual > 0.1, $"residual {result.Residual}");
    }

    [Fact]
    public void Dominant_ZeroMatrix_ConvergesToZero()
    {
        var result = PowerIteration.Dominant(TestMatrices.Diagonal(0, 0, 0));

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(0.0, result.Eigenvalue);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void Dominant_ZeroTolerance_RunsAllIterations()
    {
        var hessian = TestMatrices.Diagonal(1, 2, 3);

        var result = PowerIteration.Dominant(hessian, new PowerIterationOptions { MaxIterations = 20, Tolerance = 0 });

        Assert.Equal(20, result.Iterations);
        Assert.Equal(3.0, result.Eigenvalue, 1e-6);
    }

    [Fact]
    public void Dominant_NaNProduct_ExitsNonFinite()
    {
        var hessian = new FailingOperator(TestMatrices.Diagonal(1, 2, 3, 4), failAt: 3);

        var result = PowerIteration.Dominant(hessian);

        Assert.Equal(IterationExit.NonFinite, result.Exit);
        Assert.True(double.IsNaN(result.Eigenvalue));
        Assert.Equal(3, result.Iterations);
    }

    [Fact]
    public void Dominant_SameSeed_IsDeterministic()
    {
        var hessian = TestMatrices.Conjugated(TestMatrices.Linear(50, 0, 1), seed: 12);
        var options = new PowerIterationOptions { Seed = 5, MaxIterations = 50 };

        Assert.Equal(PowerIteration.Dominant(hessian, options).Eigenvalue, PowerIteration.Dominant(hessian, options).Eigenvalue);
    }

    [Fact]
    public void Dominant_Progress_ReportsEveryIteration()
    {
        var hessian = TestMatrices.Diagonal(1, 2, 3, 4);
        var log = new ProgressLog<EigenIterationProgress>();

        var result = Sharpness.Measure(hessian, new SharpnessOptions { Method = SharpnessMethod.PowerIteration, Progress = log });

        Assert.Equal(Enumerable.Range(1, result.Iterations), log.Reports.Select(report => report.Iteration));
        Assert.Equal(result.Eigenvalue, log.Reports[^1].Eigenvalue);
        Assert.Equal(result.Residual, log.Reports[^1].Residual);
    }

    [Fact]
    public void Dominant_InvalidOptions_Throw()
    {
        var hessian = TestMatrices.Diagonal(1, 2);

        Assert.Throws<ArgumentOutOfRangeException>("MaxIterations", () => PowerIteration.Dominant(hessian, new PowerIterationOptions { MaxIterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>("Tolerance", () => PowerIteration.Dominant(hessian, new PowerIterationOptions { Tolerance = -1 }));
    }
}
