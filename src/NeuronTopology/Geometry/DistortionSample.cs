namespace NeuronTopology.Geometry;

/// <summary>The distortion of the map from the first snapshot to one snapshot, and from the previous one.</summary>
public sealed class DistortionSample
{
    internal DistortionSample(
        long step,
        BiLipschitzResult fromStart,
        BiLipschitzResult? stepToStep,
        double typicalStretch,
        NeuronPair? neighbourUpperPair,
        double neighbourSpacing,
        double distortionLimit)
    {
        Step = step;
        FromStart = fromStart;
        StepToStep = stepToStep;
        TypicalStretch = typicalStretch;
        NeighbourUpperPair = neighbourUpperPair;
        NeighbourSpacing = neighbourSpacing;
        DistortionLimit = distortionLimit;
    }

    /// <summary>The training step of the snapshot.</summary>
    public long Step { get; }

    /// <summary>L₋(0→t), L₊(0→t) and D(0→t): the map from the first snapshot to this one.</summary>
    public BiLipschitzResult FromStart { get; }

    /// <summary>The map from the previous snapshot to this one; null for the first snapshot.</summary>
    public BiLipschitzResult? StepToStep { get; }

    /// <summary>
    /// The typical stretch m(t): the median over near-neighbour pairs of the first cloud of
    /// distance(t) / distance(0). Dividing by it removes a uniform change of scale.
    /// </summary>
    public double TypicalStretch { get; }

    /// <summary>The near-neighbour pair of the first cloud with the largest ratio at this snapshot; null when there is none.</summary>
    public NeuronPair? NeighbourUpperPair { get; }

    /// <summary>The median distance at this snapshot over near-neighbour pairs of the first cloud.</summary>
    public double NeighbourSpacing { get; }

    /// <summary>The limit Λ the sample was judged with.</summary>
    public double DistortionLimit { get; }

    /// <summary>L₋(0→t) / m(t); NaN when m(t) is 0 or L₋ is NaN.</summary>
    public double RelativeLowerConstant => TypicalStretch > 0 ? FromStart.LowerConstant / TypicalStretch : double.NaN;

    /// <summary>The largest near-neighbour ratio divided by m(t); NaN when m(t) is 0 or there are no neighbour pairs.</summary>
    public double RelativeNeighbourUpperConstant =>
        TypicalStretch > 0 && NeighbourUpperPair is { } pair ? pair.Ratio / TypicalStretch : double.NaN;

    /// <summary>Whether a pair shrank below 1/Λ of the typical stretch, or most neighbour pairs collapsed (m(t) = 0).</summary>
    public bool IsFolded => TypicalStretch == 0 || RelativeLowerConstant < 1 / DistortionLimit;

    /// <summary>
    /// Whether a near-neighbour pair stretched beyond Λ times the typical stretch, or two neurons that coincide in the
    /// first cloud are apart here (an infinite stretch; see <see cref="BiLipschitzResult.SeparatedCoincidentPairCount"/>).
    /// </summary>
    public bool IsTorn => RelativeNeighbourUpperConstant > DistortionLimit || FromStart.SeparatedCoincidentPairCount > 0;
}
