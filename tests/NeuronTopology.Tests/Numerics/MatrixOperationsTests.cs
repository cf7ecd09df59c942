using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class MatrixOperationsTests
{
    [Fact]
    public void AddRowVectorAddsToEachRow()
    {
        var x = new Matrix<float>(2, 3, [1, 2, 3, 4, 5, 6]);

        MatrixOperations.AddRowVector(x, [10f, 20, 30]);

        Assert.Equal([11f, 22, 33, 14, 25, 36], x.Data);
    }

    [Fact]
    public void AddRowVectorWrongLengthThrows()
    {
        var ex = Assert.Throws<ArgumentException>(() => MatrixOperations.AddRowVector(new Matrix<double>(2, 3), [1.0, 2]));

        Assert.Equal("vector", ex.ParamName);
    }

    [Fact]
    public void ColumnSumsAddsRowsInOrder()
    {
        var x = new Matrix<double>(3, 2, [1, 2, 3, 4, 5, 6]);
        var sums = new double[2];

        MatrixOperations.ColumnSums(x, sums);
        Assert.Equal([9.0, 12], sums);

        MatrixOperations.ColumnSums(x, sums, accumulate: true);
        Assert.Equal([18.0, 24], sums);
    }

    [Fact]
    public void ColumnSumsRoundsInRowOrder()
    {
        // In float, (2²⁴ + 1) + 1 rounds to 2²⁴ at each step, while 2²⁴ + (1 + 1) would be exact:
        // the sum must follow the rows top to bottom.
        var x = new Matrix<float>(3, 1, [16777216f, 1f, 1f]);
        var sums = new float[1];

        MatrixOperations.ColumnSums(x, sums);

        Assert.Equal(16777216f, sums[0]);
    }

    [Fact]
    public void ColumnSumsOfNoRowsIsZero()
    {
        var sums = new float[] { 5, 5 };

        MatrixOperations.ColumnSums(new Matrix<float>(0, 2), sums);

        Assert.Equal([0f, 0], sums);
    }

    [Fact]
    public void ColumnSumsWrongLengthThrows()
    {
        var ex = Assert.Throws<ArgumentException>(() => MatrixOperations.ColumnSums(new Matrix<float>(2, 3), new float[2]));

        Assert.Equal("sums", ex.ParamName);
    }
}
