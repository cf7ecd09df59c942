namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Reduces the coboundary matrix of one dimension column by column (persistent cohomology, Bauer 2021).
/// Each column's pivot is made unique by adding earlier columns. A column with pivot τ pairs its simplex σ with τ,
/// giving the interval [diam σ, diam τ), and a column that reduces to zero is a class alive at the threshold.
/// </summary>
internal sealed class CohomologyReducer
{
    private readonly PrimeField _field;
    private readonly CoboundaryEnumerator _enumerator;
    private readonly WorkingColumn _workingReduction;
    private readonly WorkingColumn _workingCoboundary;
    private readonly int _dimension;

    public CohomologyReducer(RipsFiltration filtration, int dimension, int maxDimension, MemoryBudget? budget = null)
    {
        _field = filtration.Field;
        _dimension = dimension;
        _enumerator = filtration.CreateEnumerator(maxDimension);
        _workingReduction = new WorkingColumn(_field, budget ?? MemoryBudget.Unlimited, dimension);
        _workingCoboundary = new WorkingColumn(_field, budget ?? MemoryBudget.Unlimited, dimension);
    }

    /// <summary>
    /// Reduces <paramref name="columns"/> (in reverse filtration order), records each pivot in <paramref name="pivots"/>
    /// and the reduction in <paramref name="reduction"/>, and appends the intervals of positive length to
    /// <paramref name="intervals"/>.
    /// </summary>
    public void Reduce(DiameterIndex[] columns, Dictionary<long, PivotColumn> pivots, ReductionMatrix reduction,
        List<PersistenceInterval> intervals, CancellationToken cancellationToken)
    {
        for (int index = 0; index < columns.Length; index++)
        {
            if ((index & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            DiameterEntry pivot = ReduceAgainst(columns, index, pivots, reduction);
            Record(columns[index], index, pivot, pivots, reduction, intervals);
        }
    }

    /// <summary>
    /// Reduces column <paramref name="index"/> using only the pivots in <paramref name="pivots"/> and returns its pivot;
    /// the entries of its reduction column stay in the working reduction column until <see cref="TakeReductionEntries"/>.
    /// </summary>
    public DiameterEntry ReduceAgainst(DiameterIndex[] columns, int index, IReadOnlyDictionary<long, PivotColumn> pivots, ReductionMatrix reduction)
    {
        _workingReduction.Clear();
        _workingCoboundary.Clear();
        DiameterEntry pivot = InitializeCoboundary(columns[index].WithCoefficient(1), pivots);
        return ContinueReduction(pivot, columns, pivots, reduction);
    }

    /// <summary>
    /// Resumes the reduction of a column reduced against fewer pivots: rebuilds its coboundary from the column and its
    /// reduction <paramref name="entries"/>, then reduces against <paramref name="pivots"/>. Returns the new pivot.
    /// </summary>
    public DiameterEntry Resume(DiameterIndex[] columns, int index, DiameterEntry[] entries, IReadOnlyDictionary<long, PivotColumn> pivots,
        ReductionMatrix reduction)
    {
        _workingReduction.Clear();
        _workingCoboundary.Clear();
        PushCoboundary(columns[index].WithCoefficient(1));
        foreach (DiameterEntry entry in entries)
            AddSimplexCoboundary(entry);
        return ContinueReduction(_workingCoboundary.Pivot(), columns, pivots, reduction);
    }

    /// <summary>Makes <paramref name="entries"/> the working reduction column, for <see cref="Record"/>; returns <paramref name="pivot"/>.</summary>
    public DiameterEntry Adopt(DiameterEntry[] entries, DiameterEntry pivot)
    {
        _workingReduction.Clear();
        foreach (DiameterEntry entry in entries)
            _workingReduction.Push(entry);
        return pivot;
    }

    /// <summary>Removes and returns the summed entries of the working reduction column.</summary>
    public DiameterEntry[] TakeReductionEntries()
    {
        var entries = new List<DiameterEntry>();
        while (true)
        {
            DiameterEntry entry = _workingReduction.PopPivot();
            if (entry.IsNone)
                return entries.ToArray();
            entries.Add(entry);
        }
    }

    /// <summary>Stores the reduced column: its interval, its pivot (when not zero) and its reduction entries.</summary>
    public void Record(DiameterIndex column, int index, DiameterEntry pivot, Dictionary<long, PivotColumn> pivots, ReductionMatrix reduction,
        List<PersistenceInterval> intervals)
    {
        reduction.AppendColumn();
        if (pivot.IsNone)
        {
            intervals.Add(new PersistenceInterval(column.Diameter, double.PositiveInfinity));
            return;
        }
        if (pivot.Diameter > column.Diameter)
            intervals.Add(new PersistenceInterval(column.Diameter, pivot.Diameter));
        pivots.Add(pivot.Index, new PivotColumn(index, pivot.Coefficient));
        while (true)
        {
            DiameterEntry entry = _workingReduction.PopPivot();
            if (entry.IsNone)
                break;
            reduction.Push(entry);
        }
    }

    private DiameterEntry ContinueReduction(DiameterEntry pivot, DiameterIndex[] columns, IReadOnlyDictionary<long, PivotColumn> pivots,
        ReductionMatrix reduction)
    {
        while (!pivot.IsNone)
        {
            if (pivots.TryGetValue(pivot.Index, out PivotColumn other))
            {
                int factor = _field.Negate(_field.Multiply(pivot.Coefficient, _field.Inverse(other.Coefficient)));
                AddColumn(columns, reduction, other.Column, factor);
                pivot = _workingCoboundary.Pivot();
                continue;
            }
            DiameterEntry apparentFacet = _enumerator.ZeroApparentFacet(pivot, _dimension + 1);
            if (apparentFacet.IsNone)
                break;
            // The apparent pair's column is the coboundary of its facet alone; adding it cancels the pivot.
            AddSimplexCoboundary(apparentFacet with { Coefficient = _field.Negate(apparentFacet.Coefficient) });
            pivot = _workingCoboundary.Pivot();
        }
        return pivot;
    }

    /// <summary>
    /// Fills the working coboundary with δσ and returns its pivot. Shortcut (emergent pair): when the first cofacet has
    /// the column's diameter and is neither a pivot yet nor in an apparent pair, it is the pivot of the reduced column
    /// and nothing needs to be stored.
    /// </summary>
    private DiameterEntry InitializeCoboundary(in DiameterEntry column, IReadOnlyDictionary<long, PivotColumn> pivots)
    {
        int count = _enumerator.Enumerate(column, _dimension, onlyAboveTop: false);
        DiameterEntry[] buffer = _enumerator.Buffer;
        for (int c = 0; c < count; c++)
        {
            if (buffer[c].Diameter != column.Diameter)
                continue;
            DiameterEntry candidate = buffer[c];
            if (!pivots.ContainsKey(candidate.Index) && _enumerator.ZeroApparentFacet(candidate, _dimension + 1).IsNone)
                return candidate;
            break;
        }
        for (int c = 0; c < count; c++)
            _workingCoboundary.Push(buffer[c]);
        return _workingCoboundary.Pivot();
    }

    private void AddColumn(DiameterIndex[] columns, ReductionMatrix reduction, int column, int factor)
    {
        AddSimplexCoboundary(columns[column].WithCoefficient(factor));
        foreach (DiameterEntry entry in reduction.Column(column))
            AddSimplexCoboundary(entry with { Coefficient = _field.Multiply(entry.Coefficient, factor) });
    }

    private void AddSimplexCoboundary(in DiameterEntry simplex)
    {
        _workingReduction.Push(simplex);
        PushCoboundary(simplex);
    }

    private void PushCoboundary(in DiameterEntry simplex)
    {
        int count = _enumerator.Enumerate(simplex, _dimension, onlyAboveTop: false);
        DiameterEntry[] buffer = _enumerator.Buffer;
        for (int c = 0; c < count; c++)
            _workingCoboundary.Push(buffer[c]);
    }
}
