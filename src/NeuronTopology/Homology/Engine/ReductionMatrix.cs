namespace NeuronTopology.Homology.Engine;

/// <summary>
/// The reduction matrix V of R = δV, column by column, without its unit diagonal: column j lists the other
/// simplices (with coefficients) whose coboundaries were added to reduce column j.
/// </summary>
internal sealed class ReductionMatrix(MemoryBudget budget, int dimension)
{
    private const int EntryBytes = 16;

    private readonly List<int> _columnStarts = [];
    private DiameterEntry[] _entries = new DiameterEntry[1024];
    private int _count;

    public int ColumnCount => _columnStarts.Count;

    public void AppendColumn() => _columnStarts.Add(_count);

    /// <summary>Adds an entry to the last column.</summary>
    public void Push(in DiameterEntry entry)
    {
        if (_count == _entries.Length)
            Grow();
        _entries[_count++] = entry;
    }

    // The number of entries depends on how long classes live, so no estimate made before the reduction bounds it.
    // The limit is enforced here instead, before the array doubles past it.
    private void Grow()
    {
        budget.EnsureDoublingFits(_entries.Length, EntryBytes, () =>
            $"The reduction matrix of dimension {dimension} alone reached {_count} entries after {ColumnCount} columns; its size depends on " +
            "how long classes live, which the estimate made before the reduction does not bound. Lower the threshold or the homology dimension.");
        Array.Resize(ref _entries, _entries.Length * 2);
    }

    public ReadOnlySpan<DiameterEntry> Column(int column)
    {
        int start = _columnStarts[column];
        int end = column + 1 < _columnStarts.Count ? _columnStarts[column + 1] : _count;
        return _entries.AsSpan(start, end - start);
    }
}
