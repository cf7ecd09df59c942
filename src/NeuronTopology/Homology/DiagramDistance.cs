namespace NeuronTopology.Homology;

/// <summary>
/// Distances between persistence diagrams of one dimension. Points are (birth, death) under the L∞ ground metric.
/// Each point may instead be matched to its projection on the diagonal at cost (death − birth)/2, following
/// Cohen-Steiner, Edelsbrunner and Harer, "Stability of persistence diagrams" (2007). Infinite intervals are matched only with
/// infinite intervals, by birth; when their counts differ the distance is +∞. Both distances are exact.
/// </summary>
public static class DiagramDistance
{
    /// <summary>
    /// Computes the bottleneck distance: the smallest δ such that a matching moves no point by more than δ.
    /// The result is one of the candidate values (pairwise L∞ distances and half persistences). Binary search finds it
    /// with a Hopcroft–Karp perfect-matching test, O((n + m)^2.5 log(nm)) for n and m finite intervals.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> exceeds a diagram's <see cref="PersistenceDiagram.MaxDimension"/>.</exception>
    public static double Bottleneck(PersistenceDiagram first, PersistenceDiagram second, int dimension)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Bottleneck(first.Intervals(dimension), second.Intervals(dimension));
    }

    /// <inheritdoc cref="Bottleneck(PersistenceDiagram, PersistenceDiagram, int)"/>
    /// <exception cref="ArgumentException">An interval has NaN, has death &lt; birth or an infinite birth.</exception>
    public static double Bottleneck(IReadOnlyList<PersistenceInterval> first, IReadOnlyList<PersistenceInterval> second)
    {
        var (finiteA, infiniteA) = Split(first, nameof(first));
        var (finiteB, infiniteB) = Split(second, nameof(second));
        if (infiniteA.Length != infiniteB.Length)
            return double.PositiveInfinity;
        double infinitePart = 0;
        for (int i = 0; i < infiniteA.Length; i++)
            infinitePart = Math.Max(infinitePart, Math.Abs(infiniteA[i] - infiniteB[i]));

        int n = finiteA.Length, m = finiteB.Length;
        var candidates = new List<double> { 0 };
        foreach (var a in finiteA)
        {
            candidates.Add(HalfPersistence(a));
            foreach (var b in finiteB)
                candidates.Add(Chebyshev(a, b));
        }
        foreach (var b in finiteB)
            candidates.Add(HalfPersistence(b));
        candidates.Sort();

        // The largest candidate (everything to the diagonal or to any partner) is always feasible.
        int low = 0, high = candidates.Count - 1;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (Feasible(finiteA, finiteB, candidates[middle]))
                high = middle;
            else
                low = middle + 1;
        }
        double finitePart = n + m == 0 ? 0 : candidates[low];
        return Math.Max(finitePart, infinitePart);
    }

    /// <summary>
    /// Computes the 1-Wasserstein distance: the minimum over matchings of the sum of L∞ distances moved, by the
    /// Hungarian algorithm on the (n + m) × (n + m) matrix augmented with diagonal projections, O((n + m)³).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> exceeds a diagram's <see cref="PersistenceDiagram.MaxDimension"/>.</exception>
    public static double Wasserstein(PersistenceDiagram first, PersistenceDiagram second, int dimension)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Wasserstein(first.Intervals(dimension), second.Intervals(dimension));
    }

    /// <inheritdoc cref="Wasserstein(PersistenceDiagram, PersistenceDiagram, int)"/>
    /// <exception cref="ArgumentException">An interval has NaN, has death &lt; birth or an infinite birth.</exception>
    public static double Wasserstein(IReadOnlyList<PersistenceInterval> first, IReadOnlyList<PersistenceInterval> second)
    {
        var (finiteA, infiniteA) = Split(first, nameof(first));
        var (finiteB, infiniteB) = Split(second, nameof(second));
        if (infiniteA.Length != infiniteB.Length)
            return double.PositiveInfinity;
        double total = 0;
        for (int i = 0; i < infiniteA.Length; i++)
            total += Math.Abs(infiniteA[i] - infiniteB[i]);

        int n = finiteA.Length, m = finiteB.Length, size = n + m;
        if (size == 0)
            return total;

        // Rows: points of A, then diagonal copies for B. Columns: points of B, then diagonal copies for A.
        // A point may go only to its own diagonal copy; a prohibitive cost larger than any matching rules out the rest.
        double forbidden = 1;
        foreach (var a in finiteA)
            forbidden += 2 * HalfPersistence(a);
        foreach (var b in finiteB)
            forbidden += 2 * HalfPersistence(b);
        var cost = new double[size * size];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < m; j++)
                cost[i * size + j] = Math.Min(Chebyshev(finiteA[i], finiteB[j]), forbidden);
            for (int j = 0; j < n; j++)
                cost[i * size + m + j] = i == j ? HalfPersistence(finiteA[i]) : forbidden;
        }
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < m; j++)
                cost[(n + i) * size + j] = i == j ? HalfPersistence(finiteB[j]) : forbidden;
        }
        return total + HungarianAlgorithm.MinimumCost(cost, size);
    }

    private static bool Feasible(PersistenceInterval[] a, PersistenceInterval[] b, double delta)
    {
        int n = a.Length, m = b.Length;
        var adjacency = new List<int>[n + m];
        for (int i = 0; i < n; i++)
        {
            adjacency[i] = [];
            for (int j = 0; j < m; j++)
            {
                if (Chebyshev(a[i], b[j]) <= delta)
                    adjacency[i].Add(j);
            }
            if (HalfPersistence(a[i]) <= delta)
                adjacency[i].Add(m + i);
        }
        for (int j = 0; j < m; j++)
        {
            // The diagonal copy of b_j takes b_j itself or any diagonal copy of A (diagonal to diagonal is free).
            adjacency[n + j] = [];
            if (HalfPersistence(b[j]) <= delta)
                adjacency[n + j].Add(j);
            for (int i = 0; i < n; i++)
                adjacency[n + j].Add(m + i);
        }
        return BipartiteMatching.HasPerfectMatching(adjacency, n + m);
    }

    private static double Chebyshev(PersistenceInterval a, PersistenceInterval b)
        => Math.Max(Math.Abs(a.Birth - b.Birth), Math.Abs(a.Death - b.Death));

    private static double HalfPersistence(PersistenceInterval a) => (a.Death - a.Birth) / 2;

    private static (PersistenceInterval[] Finite, double[] InfiniteBirths) Split(IReadOnlyList<PersistenceInterval> intervals, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(intervals, parameterName);
        var finite = new List<PersistenceInterval>();
        var infinite = new List<double>();
        foreach (var interval in intervals)
        {
            if (double.IsNaN(interval.Birth) || double.IsNaN(interval.Death) || !double.IsFinite(interval.Birth) || interval.Death < interval.Birth)
                throw new ArgumentException($"Interval [{interval.Birth}, {interval.Death}) is invalid: birth must be finite and death ≥ birth.", parameterName);
            if (interval.IsInfinite)
                infinite.Add(interval.Birth);
            else
                finite.Add(interval);
        }
        infinite.Sort();
        return (finite.ToArray(), infinite.ToArray());
    }
}
