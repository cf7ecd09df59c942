namespace NeuronTopology.Geometry;

/// <summary>
/// The <c>capacity</c> best pairs seen so far by a key (ascending or descending), ties broken by the
/// smaller (i, j), so the result does not depend on the order pairs are offered in.
/// </summary>
internal sealed class PairRanking
{
    private readonly (double Key, int First, int Second)[] _entries;
    private readonly bool _descending;

    public PairRanking(int capacity, bool descending)
    {
        _entries = new (double, int, int)[capacity];
        _descending = descending;
    }

    /// <summary>Number of pairs kept, at most the capacity.</summary>
    public int Count { get; private set; }

    /// <summary>The kept pairs, best first.</summary>
    public ReadOnlySpan<(double Key, int First, int Second)> Entries => _entries.AsSpan(0, Count);

    /// <summary>Offers a pair; cheap when it does not beat the worst kept pair.</summary>
    public void Offer(double key, int first, int second)
    {
        if (Count == _entries.Length && !Precedes(key, first, second, _entries[Count - 1]))
            return;

        int position = Count == _entries.Length ? Count - 1 : Count++;
        while (position > 0 && Precedes(key, first, second, _entries[position - 1]))
        {
            _entries[position] = _entries[position - 1];
            position--;
        }
        _entries[position] = (key, first, second);
    }

    /// <summary>Offers every pair kept by <paramref name="other"/>.</summary>
    public void Merge(PairRanking other)
    {
        foreach (var (key, first, second) in other.Entries)
            Offer(key, first, second);
    }

    private bool Precedes(double key, int first, int second, (double Key, int First, int Second) entry)
    {
        if (key != entry.Key)
            return _descending ? key > entry.Key : key < entry.Key;
        return first != entry.First ? first < entry.First : second < entry.Second;
    }
}
