using Xunit;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class MiniBatchSamplerTests
{
    [Fact]
    public void Epoch_KeepsPartialLastBatch()
    {
        // 3500 training samples in batches of 128: 27 full batches and one of 44.
        var sampler = new MiniBatchSampler(3500, 128, seed: 2333);
        int[][] batches = sampler.Epoch(0);

        Assert.Equal(28, sampler.BatchesPerEpoch);
        Assert.Equal(28, batches.Length);
        Assert.All(batches[..^1], batch => Assert.Equal(128, batch.Length));
        Assert.Equal(44, batches[^1].Length);
        Assert.Equal(Enumerable.Range(0, 3500), batches.SelectMany(b => b).Order());
    }

    [Fact]
    public void Epoch_DropLastRemovesPartialBatch()
    {
        var sampler = new MiniBatchSampler(3500, 128, dropLast: true, seed: 1);
        int[][] batches = sampler.Epoch(3);

        Assert.Equal(27, batches.Length);
        Assert.All(batches, batch => Assert.Equal(128, batch.Length));
        Assert.Equal(27 * 128, batches.SelectMany(b => b).Distinct().Count());
    }

    [Fact]
    public void Epoch_FreshPermutationEachEpochAndSeeded()
    {
        var sampler = new MiniBatchSampler(100, 10, seed: 5);
        int[] first = sampler.Epoch(0).SelectMany(b => b).ToArray();
        int[] second = sampler.Epoch(1).SelectMany(b => b).ToArray();

        Assert.NotEqual(first, second);
        Assert.NotEqual(Enumerable.Range(0, 100), first);
        Assert.Equal(first, new MiniBatchSampler(100, 10, seed: 5).Epoch(0).SelectMany(b => b));
        Assert.Equal(second, sampler.Epoch(1).SelectMany(b => b));
        Assert.NotEqual(first, new MiniBatchSampler(100, 10, seed: 6).Epoch(0).SelectMany(b => b));
    }

    [Fact]
    public void Epoch_WithoutShuffleIsSequential()
    {
        var sampler = new MiniBatchSampler(7, 3, shuffle: false);
        int[][] batches = sampler.Epoch(4);

        Assert.Equal([0, 1, 2], batches[0]);
        Assert.Equal([3, 4, 5], batches[1]);
        Assert.Equal([6], batches[2]);
    }

    [Fact]
    public void Epoch_BatchLargerThanDataIsFullBatch()
    {
        Assert.Single(new MiniBatchSampler(5, 10).Epoch(0));
        Assert.Empty(new MiniBatchSampler(5, 10, dropLast: true).Epoch(0));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniBatchSampler(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniBatchSampler(10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniBatchSampler(10, 2).Epoch(-1));
    }
}
