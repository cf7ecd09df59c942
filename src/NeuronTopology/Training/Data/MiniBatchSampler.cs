using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// Row indices of the mini-batches of each epoch, with the semantics of PyTorch's
/// <c>DataLoader(dataset, batch_size, shuffle, drop_last)</c>: when shuffling, every epoch draws a fresh
/// permutation of 0 … n − 1 and cuts it into consecutive batches; the last, smaller batch is kept unless
/// <see cref="DropLast"/> is set.
/// </summary>
/// <remarks>
/// The permutation of epoch e comes from a generator seeded with
/// <see cref="SplitMix64.DeriveSeed"/>(seed, e), so any epoch can be produced on its own and the sequence
/// does not depend on which epochs were requested before. The numbers differ from PyTorch's, whose
/// generator is not reproduced here.
/// </remarks>
public sealed class MiniBatchSampler
{
    /// <summary>Creates a sampler over <paramref name="sampleCount"/> rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is negative, or <paramref name="batchSize"/> is not positive.</exception>
    public MiniBatchSampler(int sampleCount, int batchSize, bool shuffle = true, bool dropLast = false, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        SampleCount = sampleCount;
        BatchSize = batchSize;
        Shuffle = shuffle;
        DropLast = dropLast;
        Seed = seed;
    }

    /// <summary>Number of rows n.</summary>
    public int SampleCount { get; }

    /// <summary>Rows per batch; every batch but the last has exactly this many.</summary>
    public int BatchSize { get; }

    /// <summary>Whether each epoch visits the rows in a fresh random order; otherwise in order 0 … n − 1.</summary>
    public bool Shuffle { get; }

    /// <summary>Whether the last batch is dropped when it has fewer than <see cref="BatchSize"/> rows.</summary>
    public bool DropLast { get; }

    /// <summary>Seed of the per-epoch permutations.</summary>
    public ulong Seed { get; }

    /// <summary>Batches per epoch: ⌊n / b⌋ with <see cref="DropLast"/>, ⌈n / b⌉ without.</summary>
    public int BatchesPerEpoch => DropLast ? SampleCount / BatchSize : (SampleCount + BatchSize - 1) / BatchSize;

    /// <summary>Returns the batches of epoch <paramref name="epoch"/> (0-based), each an array of row indices.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epoch"/> is negative.</exception>
    public int[][] Epoch(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);

        int[] order;
        if (Shuffle)
        {
            order = new Xoshiro256StarStar(SplitMix64.DeriveSeed(Seed, (ulong)epoch)).NextPermutation(SampleCount);
        }
        else
        {
            order = new int[SampleCount];
            for (int i = 0; i < SampleCount; i++)
                order[i] = i;
        }

        var batches = new int[BatchesPerEpoch][];
        for (int b = 0; b < batches.Length; b++)
        {
            int start = b * BatchSize;
            int length = Math.Min(BatchSize, SampleCount - start);
            batches[b] = order.AsSpan(start, length).ToArray();
        }
        return batches;
    }
}
