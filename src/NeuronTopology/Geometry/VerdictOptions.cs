namespace NeuronTopology.Geometry;

/// <summary>Settings of <see cref="TopologyVerdict.Classify"/>; the defaults are the documented rule.</summary>
public sealed record VerdictOptions
{
    /// <summary>
    /// The limit Λ on relative stretch: a run breaks when a pair's distance ratio, divided by the
    /// typical ratio of neighbouring pairs, falls below 1/Λ (fold or merge) or, for a pair of near
    /// neighbours, rises above Λ (tear). Default 32 = 2⁵, five doublings.
    /// </summary>
    public double DistortionLimit { get; init; } = 32;

    /// <summary>Neighbours k per neuron in the first cloud that define the near-neighbour pairs. Default 8.</summary>
    public int NeighbourCount { get; init; } = 8;

    /// <summary>
    /// A fold becomes a merge when its pair ends closer than this fraction of the median
    /// neighbour distance of that snapshot. Default 1e-3.
    /// </summary>
    public double MergeFraction { get; init; } = 1e-3;

    /// <summary>Largest number of witness pairs reported. Default 8.</summary>
    public int WitnessCount { get; init; } = 8;

    /// <summary>Worker threads; 0 (the default) means one per processor. The result does not depend on it.</summary>
    public int Threads { get; init; }

    /// <summary>Receives the number of snapshots done after each one; null for none.</summary>
    public IProgress<int>? Progress { get; init; }
}
