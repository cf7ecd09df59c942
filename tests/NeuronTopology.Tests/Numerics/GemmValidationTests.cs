using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class GemmValidationTests
{
    [Fact]
    public void InnerDimensionMismatchThrows()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Gemm.Multiply(new Matrix<float>(2, 3), new Matrix<float>(4, 5), new Matrix<float>(2, 5)));

        Assert.Equal("b", ex.ParamName);
        Assert.Contains("2×3", ex.Message);
    }

    [Fact]
    public void TransposedInnerDimensionIsChecked()
    {
        // Aᵀ is 3 × 2 and B is 2 × 5: conforming only because of the transpose.
        Gemm.Multiply(new Matrix<float>(2, 3), new Matrix<float>(2, 5), new Matrix<float>(3, 5), transposeA: true);

        Assert.Throws<ArgumentException>(() =>
            Gemm.Multiply(new Matrix<float>(2, 3), new Matrix<float>(2, 5), new Matrix<float>(3, 5), transposeB: true));
    }

    [Fact]
    public void WrongResultShapeThrows()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Gemm.Multiply(new Matrix<double>(2, 3), new Matrix<double>(3, 5), new Matrix<double>(5, 2)));

        Assert.Equal("c", ex.ParamName);
    }

    [Fact]
    public void NegativeThreadsThrows()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Gemm.Multiply(new Matrix<float>(2, 2), new Matrix<float>(2, 2), new Matrix<float>(2, 2), threads: -1));

        Assert.Equal("threads", ex.ParamName);
    }

    [Fact]
    public void ResultAliasingOperandThrows()
    {
        var a = new Matrix<float>(3, 3);

        var ex = Assert.Throws<ArgumentException>(() => Gemm.Multiply(a, new Matrix<float>(3, 3), a));

        Assert.Equal("c", ex.ParamName);
    }

    [Fact]
    public void NullMatrixThrows()
    {
        Assert.Throws<ArgumentNullException>(() => Gemm.Multiply(null!, new Matrix<float>(1, 1), new Matrix<float>(1, 1)));
    }
}
