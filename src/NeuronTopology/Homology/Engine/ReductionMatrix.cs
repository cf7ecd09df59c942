namespace NeuronTopology.Homology.Engine;

/// <summary>
/// The reduction matrix V of R = δV, column by column, without its unit diagonal: column j lists the other
/// simplices (with coefficients) whose coboundaries were added to reduce column j.
/// </summary>
internal sealed class ReductionMatrix
{
    private readonly List<int> _columnStarts = [];
    private DiameterEntry[] _entries = new DiameterEntry[1024];
    private int _count;

    public int ColumnCount => _columnStarts.Count;

    public void AppendColumn() => _columnStarts.Add(_count);

    /// <summary>Adds an entry to the last column.</summary>
    public void Push(in DiameterEntry entry)
    {
        if (_count == _entries.Length)
            Array.Resize(ref _entries, _entries.Length * 2);
        _entries[_count++] = entry;
    }

    public ReadOnlySpan<DiameterEntry> Column(int column)
    {
        int start = _columnStarts[column];
        int end = column + 1 < _columnStarts.Count ? _columnStarts[column + 1] : _count;
        return _entries.AsSpan(start, end - start);
    }
}
