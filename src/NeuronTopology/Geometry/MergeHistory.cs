namespace NeuronTopology.Geometry;

/// <summary>Merges over a sequence of snapshots: the effective width at each snapshot and the merge events.</summary>
public sealed class MergeHistory
{
    internal MergeHistory(IReadOnlyList<(long Step, int EffectiveWidth)> widths, IReadOnlyList<MergeEvent> events)
    {
        Widths = widths;
        Events = events;
    }

    /// <summary>The number of distinct neurons (clusters) at each snapshot, in snapshot order.</summary>
    public IReadOnlyList<(long Step, int EffectiveWidth)> Widths { get; }

    /// <summary>
    /// Every join of clusters that were apart at the previous snapshot, by step, then distance. Before
    /// the first snapshot every neuron counts as its own cluster, so neurons that already lie within
    /// the tolerance at the first snapshot appear as events at its step.
    /// </summary>
    public IReadOnlyList<MergeEvent> Events { get; }
}
