namespace NeuronTopology.Training;

/// <summary>The same list of batches every epoch, in the given order.</summary>
public sealed class FixedBatchSequence : IBatchSequence
{
    private readonly int[][] _batches;

    /// <summary>Creates the sequence from a copy of <paramref name="batches"/>.</summary>
    /// <exception cref="ArgumentException">There are no batches, or a batch is empty.</exception>
    public FixedBatchSequence(IReadOnlyList<IReadOnlyList<int>> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (batches.Count == 0)
            throw new ArgumentException("Expected at least one batch.", nameof(batches));
        _batches = new int[batches.Count][];
        for (int b = 0; b < batches.Count; b++)
        {
            if (batches[b] is null || batches[b].Count == 0)
                throw new ArgumentException($"Batch {b} is empty; expected at least one row index.", nameof(batches));
            _batches[b] = batches[b].ToArray();
        }
    }

    /// <inheritdoc/>
    public IEnumerable<int[]> GetBatches(int epoch) => _batches;
}
