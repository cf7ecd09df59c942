namespace NeuronTopology.Training;

/// <summary>
/// Each epoch, a seeded random permutation of the rows cut into batches of <c>batchSize</c> (the last one smaller
/// unless dropped), as PyTorch's <c>DataLoader(shuffle=True)</c> does; the permutations are not PyTorch's.
/// </summary>
public sealed class ShuffledBatchSequence : IBatchSequence
{
    private readonly int _rowCount;
    private readonly int _batchSize;
    private readonly int _seed;
    private readonly bool _dropLast;

    /// <summary>Creates the sequence.</summary>
    /// <param name="dropLast">Skip the last batch of an epoch when it has fewer than <paramref name="batchSize"/> rows.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> or <paramref name="batchSize"/> is not positive, or <paramref name="dropLast"/> leaves no batch.</exception>
    public ShuffledBatchSequence(int rowCount, int batchSize, int seed, bool dropLast = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (dropLast)
            ArgumentOutOfRangeException.ThrowIfGreaterThan(batchSize, rowCount);
        _rowCount = rowCount;
        _batchSize = batchSize;
        _seed = seed;
        _dropLast = dropLast;
    }

    /// <inheritdoc/>
    public IEnumerable<int[]> GetBatches(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        int[] order = Enumerable.Range(0, _rowCount).ToArray();
        // SplitMix64 rather than System.Random, whose seeded sequence .NET does not promise to keep across versions.
        var random = new SplitMix64(unchecked(((ulong)(uint)_seed << 32) | (uint)epoch));
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        for (int start = 0; start < _rowCount; start += _batchSize)
        {
            int length = Math.Min(_batchSize, _rowCount - start);
            if (_dropLast && length < _batchSize)
                yield break;
            yield return order.AsSpan(start, length).ToArray();
        }
    }
}
