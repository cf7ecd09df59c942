using Xunit;
using NeuronTopology.Curvature;

namespace NeuronTopology.Tests.Curvature;

public class LanczosTests
{
    [Fact]
    public void Largest_DiagonalMatrix_ReturnsTopEntry()
    {
        var hessian = TestMatrices.Diagonal(1, -2, 7.5, 3, 0, 7);

        var result = Lanczos.Largest(hessian, new LanczosOptions { ComputeEigenvectors = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(7.5, result.Eigenvalue, 1e-12);
        Assert.Equal(1.0, Math.Abs(result.Eigenvector![2]), 1e-10);
        Assert.True(result.Residual < 1e-10, $"residual {result.Residual}");
    }

    [Fact]
    public void Smallest_DiagonalMatrix_ReturnsBottomEntry()
    {
        var hessian = TestMatrices.Diagonal(1, -2, 7.5, 3, 0, 7);

        var result = Lanczos.Smallest(hessian);

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(-2.0, result.Eigenvalue, 1e-12);
    }

    [Fact]
    public void Largest_ConjugatedSpectrum_MatchesKnownEigenvalues()
    {
        // 300 eigenvalues in [-1, 4] plus a top one at 5: the basis of 20 vectors forces several restarts.
        var spectrum = TestMatrices.Linear(300, -1, 4);
        spectrum[123] = 5;
        var hessian = TestMatrices.Conjugated(spectrum, seed: 7);

        var result = Lanczos.Largest(hessian, 3, new LanczosOptions { ComputeEigenvectors = true });
        var expected = spectrum.OrderDescending().Take(3).ToArray();

        Assert.Equal(IterationExit.Converged, result.Exit);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], result.Eigenvalues[i], 1e-9);
            Assert.True(result.Residuals[i] <= 1e-8 * 5 * 1.01, $"residual {i}: {result.Residuals[i]}");
            Assert.Equal(result.Residuals[i], TestMatrices.ResidualNorm(hessian, result.Eigenvalues[i], result.Eigenvectors![i]), 1e-12);
        }
        Assert.True(result.Iterations > 20, $"expected restarts, got {result.Iterations} iterations");
    }

    [Fact]
    public void Smallest_ConjugatedSpectrum_ReturnsAscendingBottom()
    {
        var spectrum = TestMatrices.Linear(80, -3, 2);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 11);

        var result = Lanczos.Smallest(hessian, 4);

        Assert.Equal(IterationExit.Converged, result.Exit);
        for (int i = 0; i < 4; i++)
            Assert.Equal(spectrum[i], result.Eigenvalues[i], 1e-9);
    }

    [Fact]
    public void Largest_RepeatedTopEigenvalue_FindsValueAndEigenspace()
    {
        var spectrum = TestMatrices.Linear(50, 0, 2);
        spectrum[10] = 3;
        spectrum[20] = 3;
        var q = TestMatrices.RandomOrthogonal(50, seed: 3);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 3);

        var result = Lanczos.Largest(hessian, new LanczosOptions { ComputeEigenvectors = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(3.0, result.Eigenvalue, 1e-10);
        // The eigenvector lies in the span of columns 10 and 20 of Q, the eigenvectors of the two copies of 3.
        var v = result.Eigenvector!;
        double inEigenspace = Math.Pow(Dot(q, 10, v), 2) + Math.Pow(Dot(q, 20, v), 2);
        Assert.Equal(1.0, inEigenspace, 1e-9);
    }

    [Fact]
    public void Largest_TripleTopEigenvalue_ReturnsAllCopies()
    {
        var spectrum = TestMatrices.Linear(60, -1, 2);
        spectrum[5] = 4;
        spectrum[25] = 4;
        spectrum[45] = 4;
        var hessian = TestMatrices.Conjugated(spectrum, seed: 17);

        var result = Lanczos.Largest(hessian, 4, new LanczosOptions { ComputeEigenvectors = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal([4.0, 4.0, 4.0, 2.0], result.Eigenvalues, (a, b) => Math.Abs(a - b) < 1e-9);
        // The three eigenvectors of 4 must be orthonormal, not one direction found three times.
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < i; j++)
                Assert.True(Math.Abs(Dot(result.Eigenvectors![i], result.Eigenvectors[j])) < 1e-8, $"eigenvectors {i} and {j} are not orthogonal");
    }

    [Fact]
    public void Smallest_DiagonalWithRepeats_ReturnsAllCopies()
    {
        // An exactly diagonal matrix makes the Krylov space invariant after three steps, one per distinct value.
        var hessian = TestMatrices.Diagonal(3, -1, 2, -1, 3, 2, -1, 3);

        var result = Lanczos.Smallest(hessian, 4);

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal([-1.0, -1.0, -1.0, 2.0], result.Eigenvalues, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Null(result.Eigenvectors);
    }

    [Fact]
    public void Largest_NegativeEndFarLarger_ReturnsTopPositiveEigenvalue()
    {
        // Eigenvalues −1e8, 1 and 30 values in [−2, −1]: the top one is 1, a hundred million times smaller in
        // magnitude than the bottom one. A tolerance relative to the spectral scale (1e-8 × 1e8 = 1) accepted the
        // top Ritz value while it was still an average of the negative cluster.
        var hessian = TestMatrices.Diagonal([-1e8, 1.0, .. TestMatrices.Linear(30, -2, -1)]);

        var result = Lanczos.Largest(hessian, new LanczosOptions { ComputeEigenvectors = true });

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(1.0, result.Eigenvalue, 1e-6);
        Assert.True(Math.Abs(result.Eigenvector![1]) > 0.999, $"eigenvector component on e₁ is {result.Eigenvector[1]}");
        Assert.True(result.Residual <= 1e-2, $"residual {result.Residual}");
    }

    [Fact]
    public void Largest_NegativeDominantSpectrum_ReturnsMostPositive()
    {
        var spectrum = TestMatrices.Linear(40, -10, 1);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 5);

        var largest = Lanczos.Largest(hessian);
        var smallest = Lanczos.Smallest(hessian);

        Assert.Equal(1.0, largest.Eigenvalue, 1e-9);
        Assert.Equal(-10.0, smallest.Eigenvalue, 1e-9);
    }

    [Fact]
    public void Largest_IdentityMatrix_ConvergesAfterOneProduct()
    {
        var hessian = new CountingOperator(TestMatrices.Diagonal(Enumerable.Repeat(2.0, 30).ToArray()));

        var result = Lanczos.Largest(hessian);

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(2.0, result.Eigenvalue, 1e-14);
        Assert.Equal(1, result.Iterations);
        Assert.Equal(2, hessian.Products);
        Assert.Equal(2, result.ProductCount);
    }

    [Fact]
    public void Largest_FullDimension_ReturnsWholeSpectrum()
    {
        var spectrum = new[] { 4.0, -1, 2.5, 0.5 };
        var hessian = TestMatrices.Conjugated(spectrum, seed: 1);

        var result = Lanczos.Largest(hessian, 4);

        Assert.Equal(IterationExit.Converged, result.Exit);
        Assert.Equal(spectrum.OrderDescending(), result.Eigenvalues, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Largest_NaNProduct_ExitsNonFinite()
    {
        var hessian = new FailingOperator(TestMatrices.Conjugated(TestMatrices.Linear(30, 0, 1), seed: 2), failAt: 4);

        var result = Lanczos.Largest(hessian);

        Assert.Equal(IterationExit.NonFinite, result.Exit);
        Assert.True(double.IsNaN(result.Eigenvalue));
        Assert.True(double.IsNaN(result.Residual));
        Assert.Equal(4, result.Iterations);
    }

    [Fact]
    public void Largest_IterationLimit_ReportsLimitAndEstimate()
    {
        // Clustered top eigenvalues converge slowly, so 5 iterations cannot reach the tolerance.
        var spectrum = TestMatrices.Linear(200, 0, 1);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 9);

        var result = Lanczos.Largest(hessian, new LanczosOptions { MaxIterations = 5 });

        Assert.Equal(IterationExit.IterationLimit, result.Exit);
        Assert.Equal(5, result.Iterations);
        Assert.InRange(result.Eigenvalue, 0.5, 1.0);
        Assert.True(result.Residual > 1e-8, $"residual {result.Residual}");
    }

    [Fact]
    public void Largest_SameSeed_IsDeterministic()
    {
        var hessian = TestMatrices.Conjugated(TestMatrices.Linear(100, -1, 1), seed: 4);
        var options = new LanczosOptions { Seed = 42, KrylovDimension = 12, ComputeEigenvectors = true };

        var first = Lanczos.Largest(hessian, options);
        var second = Lanczos.Largest(hessian, options);

        Assert.Equal(first.Eigenvalue, second.Eigenvalue);
        Assert.Equal(first.Iterations, second.Iterations);
        Assert.Equal(first.Eigenvector, second.Eigenvector);
    }

    [Fact]
    public void Largest_Progress_ReportsEveryIteration()
    {
        var hessian = TestMatrices.Conjugated(TestMatrices.Linear(100, -1, 1), seed: 19);
        var log = new ProgressLog<EigenIterationProgress>();

        var result = Lanczos.Largest(hessian, new LanczosOptions { Progress = log });

        Assert.Equal(Enumerable.Range(1, result.Iterations), log.Reports.Select(report => report.Iteration));
        Assert.Equal(result.Eigenvalue, log.Reports[^1].Eigenvalue, 1e-12);
        Assert.True(log.Reports[^1].Residual <= 1e-8, $"last residual estimate {log.Reports[^1].Residual}");
    }

    [Fact]
    public void Largest_InvalidArguments_Throw()
    {
        var hessian = TestMatrices.Diagonal(1, 2, 3);

        Assert.Throws<ArgumentOutOfRangeException>("count", () => Lanczos.Largest(hessian, 4));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => Lanczos.Largest(hessian, 0));
        Assert.Throws<ArgumentOutOfRangeException>("MaxIterations", () => Lanczos.Largest(hessian, new LanczosOptions { MaxIterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>("Tolerance", () => Lanczos.Largest(hessian, new LanczosOptions { Tolerance = double.NaN }));
        Assert.Throws<ArgumentNullException>("hessian", () => Lanczos.Largest(null!));
    }

    private static double Dot(double[] x, double[] y) => x.Zip(y, (a, b) => a * b).Sum();

    // Conjugated(spectrum) = Q·diag(spectrum)·Qᵀ, so eigenvector k is column k of Q.
    private static double Dot(double[][] rows, int column, double[] vector)
    {
        double sum = 0;
        for (int k = 0; k < vector.Length; k++)
            sum += rows[k][column] * vector[k];
        return sum;
    }
}
