namespace NeuronTopology.Homology;

/// <summary>
/// A bar [birth, death) of a persistence barcode; <see cref="Death"/> is +∞ for a class alive at the threshold.
/// </summary>
public readonly record struct PersistenceInterval(double Birth, double Death)
{
    /// <summary>True when the class never dies within the filtration.</summary>
    public bool IsInfinite => double.IsPositiveInfinity(Death);

    /// <summary>Death − birth; +∞ for an infinite interval.</summary>
    public double Persistence => Death - Birth;

    /// <summary>True when the class is alive at <paramref name="scale"/>: birth ≤ scale &lt; death.</summary>
    public bool IsAliveAt(double scale) => Birth <= scale && scale < Death;
}
