using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

public class PreconditionedHessianOperatorTests
{
    [Fact]
    public void Sharpness_DiagonalCase_IsMaxRatio()
    {
        // P⁻¹H = diag(h_i / p_i) = diag(2, 0.5, 5, 1): the smallest h has the largest ratio.
        var hessian = TestMatrices.Diagonal(4, 8, 1, 3);
        double[] preconditioner = [2, 16, 0.2, 3];

        var result = Sharpness.MeasurePreconditioned(hessian, preconditioner);

        Assert.Equal(5.0, result.Eigenvalue, 1e-10);
    }

    [Fact]
    public void Sharpness_TwoByTwo_MatchesCharacteristicPolynomial()
    {
        // H = [[2, 1], [1, 3]], P = diag(1, 4): P⁻¹H = [[2, 1], [0.25, 0.75]],
        // eigenvalues (2.75 ± √(1.25² + 1)) / 2 from trace 2.75 and determinant 1.25.
        var hessian = new SymmetricMatrixOperator(2, [2, 1, 1, 3]);
        double expected = (2.75 + Math.Sqrt(2.75 * 2.75 - 4 * 1.25)) / 2;

        var lanczos = Sharpness.MeasurePreconditioned(hessian, [1, 4]);
        var power = Sharpness.MeasurePreconditioned(hessian, [1, 4], new SharpnessOptions { Method = SharpnessMethod.PowerIteration });

        Assert.Equal(expected, lanczos.Eigenvalue, 1e-12);
        Assert.Equal(expected, power.Eigenvalue, 1e-9);
    }

    [Fact]
    public void Constructor_InvalidPreconditioner_Throws()
    {
        var hessian = TestMatrices.Diagonal(1, 2);

        Assert.Throws<ArgumentOutOfRangeException>("diagonal", () => new PreconditionedHessianOperator(hessian, [1, 0]));
        Assert.Throws<ArgumentOutOfRangeException>("diagonal", () => new PreconditionedHessianOperator(hessian, [1, double.NaN]));
        Assert.Throws<ArgumentException>("diagonal", () => new PreconditionedHessianOperator(hessian, [1, 2, 3]));
    }
}
