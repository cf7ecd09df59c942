namespace NeuronTopology.Homology;

/// <summary>
/// Betti numbers over a band of scales [ε/ρ, ε] below the scale ε of a Vietoris–Rips diagram, and the changes
/// between two diagrams that no choice of scale within the band can hide.
/// </summary>
/// <remarks>
/// Yang, Poggio, Chuang and Ziyin (arXiv 2510.02670) count b0, b1, b2 at the single scale ε = 0.25 × diameter. A class
/// born or dying close to ε changes that count although it sits at the cut rather than in the shape. Over the band, b_d
/// takes values between <see cref="BettiRange.Min"/> and <see cref="BettiRange.Max"/>; two clouds differ robustly in
/// dimension d when their ranges do not overlap, so that every scale of the band, taken relative to each cloud's own
/// diameter, gives different counts. A class is alive at s when birth ≤ s &lt; death, as in
/// <see cref="PersistenceInterval.IsAliveAt"/>. The computation is exact: b_d only changes at a birth or death.
/// </remarks>
public static class BettiBand
{
    /// <summary>The default ratio ρ = 1.25: the band [0.2, 0.25] × diameter around the paper's scale.</summary>
    public const double DefaultRatio = 1.25;

    /// <summary>
    /// The least and greatest b_d over s ∈ [<paramref name="scale"/>/<paramref name="ratio"/>, <paramref name="scale"/>],
    /// for every dimension d of <paramref name="diagram"/>.
    /// </summary>
    /// <param name="diagram">A diagram whose filtration reaches at least <paramref name="scale"/> (its threshold is ≥ the scale).</param>
    /// <param name="scale">The upper end ε of the band, finite and ≥ 0.</param>
    /// <param name="ratio">The band's ratio ρ ≥ 1; 1 gives the Betti numbers at ε alone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagram"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="scale"/> is negative, NaN, infinite or above the diagram's threshold, or <paramref name="ratio"/> is below 1 or not finite.
    /// </exception>
    public static BettiRange[] Range(PersistenceDiagram diagram, double scale, double ratio = DefaultRatio)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        if (!double.IsFinite(scale) || scale < 0)
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be finite and ≥ 0.");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, diagram.Threshold);
        if (!double.IsFinite(ratio) || ratio < 1)
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The band ratio must be finite and ≥ 1.");

        double low = scale / ratio;
        var ranges = new BettiRange[diagram.MaxDimension + 1];
        for (int dimension = 0; dimension <= diagram.MaxDimension; dimension++)
        {
            IReadOnlyList<PersistenceInterval> intervals = diagram.Intervals(dimension);
            // b_d is constant between consecutive births and deaths, so its extremes over the band are taken at the
            // band's lower end or at an event inside it.
            int min = CountAlive(intervals, low), max = min;
            foreach (PersistenceInterval interval in intervals)
            {
                foreach (double s in (ReadOnlySpan<double>)[interval.Birth, interval.Death])
                {
                    if (s <= low || s > scale)
                        continue;
                    int count = CountAlive(intervals, s);
                    min = Math.Min(min, count);
                    max = Math.Max(max, count);
                }
            }
            ranges[dimension] = new BettiRange(min, max);
        }
        return ranges;
    }

    /// <summary>
    /// The dimensions in which <paramref name="later"/> at <paramref name="laterScale"/> differs robustly from
    /// <paramref name="first"/> at <paramref name="firstScale"/>: their <see cref="Range"/>s over the band do not
    /// overlap. Dimensions present in only one diagram are not compared. Empty when nothing changed robustly.
    /// </summary>
    /// <exception cref="ArgumentNullException">A diagram is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scale or the ratio is out of range, as for <see cref="Range"/>.</exception>
    public static IReadOnlyList<BettiChange> RobustChanges(PersistenceDiagram first, double firstScale, PersistenceDiagram later, double laterScale, double ratio = DefaultRatio)
    {
        BettiRange[] before = Range(first, firstScale, ratio);
        BettiRange[] after = Range(later, laterScale, ratio);
        var changes = new List<BettiChange>();
        for (int dimension = 0; dimension < Math.Min(before.Length, after.Length); dimension++)
        {
            if (before[dimension].Max < after[dimension].Min || after[dimension].Max < before[dimension].Min)
                changes.Add(new BettiChange(dimension, before[dimension], after[dimension]));
        }
        return changes;
    }

    private static int CountAlive(IReadOnlyList<PersistenceInterval> intervals, double scale) =>
        intervals.Count(interval => interval.IsAliveAt(scale));
}
