namespace NeuronTopology.Homology.Engine;

/// <summary>
/// A column under reduction, kept lazily as a binary heap of entries that may repeat an index; entries with
/// the same index are summed when they reach the top (Ripser's working column).
/// </summary>
internal sealed class WorkingColumn(PrimeField field, MemoryBudget budget, int dimension)
{
    private const int EntryBytes = 16;

    private DiameterEntry[] _heap = new DiameterEntry[64];
    private int _count;
    private readonly PrimeField _field = field;

    public WorkingColumn(PrimeField field)
        : this(field, MemoryBudget.Unlimited, 0)
    {
    }

    public int Count => _count;

    public void Clear() => _count = 0;

    public void Push(in DiameterEntry entry)
    {
        if (_count == _heap.Length)
            Grow();
        int child = _count++;
        while (child > 0)
        {
            int parent = (child - 1) >> 1;
            if (!entry.Precedes(_heap[parent]))
                break;
            _heap[child] = _heap[parent];
            child = parent;
        }
        _heap[child] = entry;
    }

    // Repeated indices stay in the heap until they reach the top, so its size depends on how many columns a
    // reduction adds. No estimate made before the reduction bounds that, so the limit is enforced here.
    private void Grow()
    {
        budget.EnsureDoublingFits(_heap.Length, EntryBytes, () =>
            $"A working column of the reduction in dimension {dimension} alone reached {_count} entries; its size depends on how " +
            "many columns the reduction adds, which the estimate made before the reduction does not bound. Lower the threshold or the homology dimension.");
        Array.Resize(ref _heap, _heap.Length * 2);
    }

    /// <summary>Removes and returns the pivot: the first entry whose summed coefficient is non-zero, or <see cref="DiameterEntry.None"/>.</summary>
    public DiameterEntry PopPivot()
    {
        while (_count > 0)
        {
            DiameterEntry pivot = PopTop();
            int coefficient = pivot.Coefficient;
            while (_count > 0 && _heap[0].Index == pivot.Index)
                coefficient = _field.Add(coefficient, PopTop().Coefficient);
            if (coefficient != 0)
                return pivot with { Coefficient = coefficient };
        }
        return DiameterEntry.None;
    }

    /// <summary>Returns the pivot without removing it (it is pushed back with its summed coefficient).</summary>
    public DiameterEntry Pivot()
    {
        DiameterEntry pivot = PopPivot();
        if (!pivot.IsNone)
            Push(pivot);
        return pivot;
    }

    private DiameterEntry PopTop()
    {
        DiameterEntry top = _heap[0];
        DiameterEntry last = _heap[--_count];
        int parent = 0;
        while (true)
        {
            int child = 2 * parent + 1;
            if (child >= _count)
                break;
            if (child + 1 < _count && _heap[child + 1].Precedes(_heap[child]))
                child++;
            if (!_heap[child].Precedes(last))
                break;
            _heap[parent] = _heap[child];
            parent = child;
        }
        if (_count > 0)
            _heap[parent] = last;
        return top;
    }
}
