namespace NeuronTopology.Training;

/// <summary>One batch of every row per epoch: full-batch gradient descent.</summary>
public sealed class FullBatchSequence : IBatchSequence
{
    private readonly int[] _rows;

    /// <summary>Creates the sequence for data with <paramref name="rowCount"/> rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is not positive.</exception>
    public FullBatchSequence(int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowCount);
        _rows = Enumerable.Range(0, rowCount).ToArray();
    }

    /// <inheritdoc/>
    public IEnumerable<int[]> GetBatches(int epoch)
    {
        yield return _rows;
    }
}
