using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

public class HutchinsonTraceTests
{
    [Fact]
    public void Estimate_DiagonalMatrix_IsExactWithZeroError()
    {
        // zᵀDz = tr(D) for every ±1 vector z, so the sample variance is zero.
        var hessian = TestMatrices.Diagonal(1, -2, 7.5, 3, 0.25);

        var result = HutchinsonTrace.Estimate(hessian);

        Assert.Equal(9.75, result.Trace, 1e-12);
        Assert.Equal(0.0, result.StandardError, 1e-12);
        Assert.Equal(10, result.Probes);
        Assert.Equal(IterationExit.Converged, result.Exit);
    }

    [Fact]
    public void Estimate_ConjugatedSpectrum_WithinFourStandardErrors()
    {
        var spectrum = TestMatrices.Linear(40, -1, 3);
        var hessian = TestMatrices.Conjugated(spectrum, seed: 13);

        var result = HutchinsonTrace.Estimate(hessian, new HutchinsonOptions { MaxProbes = 400, RelativeStandardError = 0 });

        Assert.Equal(IterationExit.IterationLimit, result.Exit);
        Assert.Equal(400, result.Probes);
        Assert.True(result.StandardError > 0);
        Assert.InRange(result.Trace, spectrum.Sum() - 4 * result.StandardError, spectrum.Sum() + 4 * result.StandardError);
    }

    [Fact]
    public void Estimate_SameSeed_IsDeterministic()
    {
        var hessian = TestMatrices.Conjugated(TestMatrices.Linear(20, 0, 1), seed: 14);
        var options = new HutchinsonOptions { Seed = 3, MaxProbes = 30 };

        Assert.Equal(HutchinsonTrace.Estimate(hessian, options), HutchinsonTrace.Estimate(hessian, options));
    }

    [Fact]
    public void Estimate_NaNProduct_ExitsNonFinite()
    {
        var result = HutchinsonTrace.Estimate(new FailingOperator(TestMatrices.Diagonal(1, 2), failAt: 2));

        Assert.Equal(IterationExit.NonFinite, result.Exit);
        Assert.True(double.IsNaN(result.Trace));
        Assert.Equal(2, result.Probes);
    }

    [Fact]
    public void Estimate_InvalidOptions_Throw()
    {
        var hessian = TestMatrices.Diagonal(1, 2);

        Assert.Throws<ArgumentOutOfRangeException>("MinProbes", () => HutchinsonTrace.Estimate(hessian, new HutchinsonOptions { MinProbes = 50, MaxProbes = 20 }));
        Assert.Throws<ArgumentOutOfRangeException>("RelativeStandardError", () => HutchinsonTrace.Estimate(hessian, new HutchinsonOptions { RelativeStandardError = double.PositiveInfinity }));
    }
}
