namespace NeuronTopology.Homology;

/// <summary>The topology of one snapshot of a <see cref="TopologyTimeline"/>.</summary>
/// <param name="Step">Training step of the snapshot.</param>
/// <param name="Diameter">Diameter of the cloud.</param>
/// <param name="Scale">Scale ε of the Betti numbers, the relative scale × the diameter.</param>
/// <param name="BettiNumbers">b0..b_k of the Vietoris–Rips complex at <paramref name="Scale"/>, k = BettiMaxDimension.</param>
/// <param name="PersistentFeatures">Per dimension 0..MaxDimension, the intervals whose persistence exceeds the relative persistence × diameter.</param>
/// <param name="BottleneckToPrevious">
/// Per dimension 0..MaxDimension, the bottleneck distance to the previous snapshot's diagram; null for the first snapshot.
/// </param>
/// <param name="Diagram">The persistence diagram of the snapshot.</param>
public sealed record TopologyFrame(
    long Step,
    double Diameter,
    double Scale,
    IReadOnlyList<int> BettiNumbers,
    IReadOnlyList<int> PersistentFeatures,
    IReadOnlyList<double>? BottleneckToPrevious,
    PersistenceDiagram Diagram)
{
    /// <summary>True when every Betti number equals that of <paramref name="other"/>.</summary>
    public bool HasSameBettiNumbers(TopologyFrame other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return BettiNumbers.SequenceEqual(other.BettiNumbers);
    }
}
