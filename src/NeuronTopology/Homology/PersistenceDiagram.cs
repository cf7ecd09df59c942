namespace NeuronTopology.Homology;

/// <summary>Persistence barcodes of a filtration in dimensions 0..<see cref="MaxDimension"/>.</summary>
public sealed class PersistenceDiagram
{
    private readonly PersistenceInterval[][] _intervals;

    /// <summary>Creates a diagram from intervals per dimension (index = dimension).</summary>
    public PersistenceDiagram(IReadOnlyList<IReadOnlyList<PersistenceInterval>> intervalsByDimension, double threshold, int modulus)
    {
        ArgumentNullException.ThrowIfNull(intervalsByDimension);
        _intervals = intervalsByDimension.Select(list => list.ToArray()).ToArray();
        Threshold = threshold;
        Modulus = modulus;
    }

    /// <summary>Highest dimension computed.</summary>
    public int MaxDimension => _intervals.Length - 1;

    /// <summary>Filtration threshold: intervals alive there are reported with death +∞.</summary>
    public double Threshold { get; }

    /// <summary>Prime p of the coefficients Z/p.</summary>
    public int Modulus { get; }

    /// <summary>Intervals of dimension <paramref name="dimension"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is outside 0..<see cref="MaxDimension"/>.</exception>
    public IReadOnlyList<PersistenceInterval> Intervals(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, MaxDimension);
        return _intervals[dimension];
    }

    /// <summary>
    /// Betti numbers b_0..b_k of the Vietoris–Rips complex at <paramref name="scale"/>: the number of
    /// intervals with birth ≤ scale &lt; death in each dimension.
    /// </summary>
    /// <remarks>Returns zeros for NaN.</remarks>
    public int[] BettiNumbers(double scale)
    {
        var betti = new int[_intervals.Length];
        for (int dimension = 0; dimension < _intervals.Length; dimension++)
            betti[dimension] = _intervals[dimension].Count(interval => interval.IsAliveAt(scale));
        return betti;
    }

    /// <summary>
    /// Counts the intervals of <paramref name="dimension"/> whose persistence (death − birth) exceeds
    /// <paramref name="fraction"/> × <paramref name="diameter"/>; infinite intervals always count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is outside 0..<see cref="MaxDimension"/>, or
    /// <paramref name="fraction"/> or <paramref name="diameter"/> is negative or NaN.</exception>
    public int CountPersistentFeatures(int dimension, double fraction, double diameter)
    {
        if (double.IsNaN(fraction) || fraction < 0)
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction must be a non-negative number.");
        if (double.IsNaN(diameter) || diameter < 0)
            throw new ArgumentOutOfRangeException(nameof(diameter), diameter, "The diameter must be a non-negative number.");
        double minimum = fraction * diameter;
        return Intervals(dimension).Count(interval => interval.Persistence > minimum);
    }
}
