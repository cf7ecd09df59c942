using NeuronTopology.Numerics;
using Xunit;

namespace NeuronTopology.Tests.Numerics;

public class GemmBlockingTests
{
    [Theory]
    [InlineData(1024, 1024, 784, 8, 32, 4)]
    [InlineData(1024, 1024, 784, 8, 16, 8)]
    [InlineData(1, 1, 1, 6, 16, 4)]
    [InlineData(100_000, 3, 5000, 4, 4, 8)]
    [InlineData(7, 100_000, 2, 8, 32, 4)]
    public void BlocksAreTileMultiplesWithinBudgets(int m, int n, int k, int tileRows, int tileColumns, int elementSize)
    {
        var blocking = GemmBlocking.Choose(m, n, k, tileRows, tileColumns, elementSize);

        Assert.Equal(0, blocking.Rows % tileRows);
        Assert.Equal(0, blocking.Columns % tileColumns);
        Assert.InRange(blocking.Depth, 1, k);
        Assert.True((long)tileRows * blocking.Depth * elementSize <= Math.Max(CacheSizes.Level1Data / 2, tileRows * elementSize),
            $"A micro-panel of {tileRows} × {blocking.Depth} exceeds half of L1d ({CacheSizes.Level1Data} bytes).");
        Assert.True((long)blocking.Depth * blocking.Columns * elementSize <= Math.Max(CacheSizes.Level2 * 3L / 4, (long)blocking.Depth * tileColumns * elementSize),
            $"B panel of {blocking.Depth} × {blocking.Columns} exceeds three quarters of L2 ({CacheSizes.Level2} bytes).");
        Assert.True((long)blocking.Rows * blocking.Depth * elementSize <= Math.Max(4L << 20, (long)tileRows * blocking.Depth * elementSize),
            $"A block of {blocking.Rows} × {blocking.Depth} exceeds 4 MiB.");
    }

    [Fact]
    public void DepthBlocksAreBalanced()
    {
        var blocking = GemmBlocking.Choose(1024, 1024, 784, 8, 32, 4);

        // However many K blocks the L1d size calls for, they have equal depth up to rounding.
        int blocks = (784 + blocking.Depth - 1) / blocking.Depth;
        Assert.True(784 - (blocks - 1) * blocking.Depth > blocking.Depth - blocks,
            $"Depth {blocking.Depth} leaves a last block of {784 - (blocks - 1) * blocking.Depth}.");
    }

    [Fact]
    public void CacheSizesArePositive()
    {
        Assert.True(CacheSizes.Level1Data >= 4096, $"L1d is {CacheSizes.Level1Data} bytes.");
        Assert.True(CacheSizes.Level2 >= CacheSizes.Level1Data, $"L2 is {CacheSizes.Level2} bytes, L1d {CacheSizes.Level1Data}.");
    }
}
