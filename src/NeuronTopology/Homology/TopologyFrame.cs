namespace NeuronTopology.Homology;

/// <summary>The topology of one snapshot of a <see cref="TopologyTimeline"/>.</summary>
/// <param name="Step">Training step of the snapshot.</param>
/// <param name="Betti">Betti numbers b0, b1, b2 of the Vietoris–Rips complex at <see cref="PaperBettiNumbers.Scale"/>, with the cloud's diameter.</param>
/// <param name="PersistentFeatures">Per dimension 0..MaxDimension, the intervals whose persistence exceeds the relative persistence × diameter.</param>
/// <param name="BottleneckToPrevious">
/// Per dimension 0..MaxDimension, the bottleneck distance to the previous snapshot's diagram; null for the first snapshot.
/// </param>
/// <param name="Diagram">The persistence diagram of the snapshot.</param>
public sealed record TopologyFrame(
    long Step,
    PaperBettiNumbers Betti,
    IReadOnlyList<int> PersistentFeatures,
    IReadOnlyList<double>? BottleneckToPrevious,
    PersistenceDiagram Diagram)
{
    /// <summary>True when b0, b1 and b2 equal those of <paramref name="other"/>.</summary>
    public bool HasSameBettiNumbers(TopologyFrame other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Betti.B0 == other.Betti.B0 && Betti.B1 == other.Betti.B1 && Betti.B2 == other.Betti.B2;
    }
}
