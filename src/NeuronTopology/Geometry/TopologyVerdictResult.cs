namespace NeuronTopology.Geometry;

/// <summary>The verdict on a run: preserved or how it broke, from which step, shown by which pairs, and the series behind it.</summary>
public sealed class TopologyVerdictResult
{
    internal TopologyVerdictResult(VerdictKind kind, long? firstStep, IReadOnlyList<NeuronPair> witnesses, IReadOnlyList<DistortionSample> series, VerdictOptions options)
    {
        Options = options;
        Kind = kind;
        FirstStep = firstStep;
        Witnesses = witnesses;
        Series = series;
    }

    /// <summary>Preserved, torn, folded or merged.</summary>
    public VerdictKind Kind { get; }

    /// <summary>The step of the first snapshot at which the break shows; null when preserved.</summary>
    public long? FirstStep { get; }

    /// <summary>
    /// Pairs that show the break at <see cref="FirstStep"/>, most extreme first: for a tear, near
    /// neighbours of the first cloud stretched beyond Λ·m; for a fold or merge, pairs shrunk below m/Λ.
    /// Distances are from the first snapshot to that one. Empty when preserved.
    /// </summary>
    public IReadOnlyList<NeuronPair> Witnesses { get; }

    /// <summary>The settings the run was judged with (limit Λ, neighbour count k, merge fraction).</summary>
    public VerdictOptions Options { get; }

    /// <summary>One sample per snapshot, in order; the first is the identity map.</summary>
    public IReadOnlyList<DistortionSample> Series { get; }
}
