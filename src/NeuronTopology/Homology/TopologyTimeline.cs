namespace NeuronTopology.Homology;

/// <summary>
/// The topology of a neuron cloud over training. Each snapshot gets the Betti numbers at a fixed fraction of the
/// diameter, the measure of Yang, Poggio, Chuang and Ziyin (arXiv 2510.02670). It also gets the number of
/// persistent features and the bottleneck distance to the previous snapshot's persistence diagram.
/// </summary>
public sealed class TopologyTimeline
{
    private TopologyTimeline(IReadOnlyList<TopologyFrame> frames)
    {
        Frames = frames;
        for (int i = 1; i < frames.Count; i++)
        {
            if (!frames[i].HasSameBettiNumbers(frames[i - 1]))
            {
                FirstBettiChangeStep = frames[i].Step;
                break;
            }
        }
    }

    /// <summary>One frame per snapshot, in step order.</summary>
    public IReadOnlyList<TopologyFrame> Frames { get; }

    /// <summary>The first step whose b0, b1 or b2 differ from the previous snapshot's; null when they never change.</summary>
    public long? FirstBettiChangeStep { get; }

    /// <summary>Computes the timeline of <paramref name="snapshots"/>, reporting each frame as it is done.</summary>
    /// <remarks>
    /// Each snapshot costs one Vietoris–Rips computation up to <see cref="TopologyTimelineOptions.BettiMaxDimension"/>
    /// cut at the Betti scale, and one up to <see cref="TopologyTimelineOptions.MaxDimension"/> over the whole filtration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">The steps are not strictly increasing, or a cloud has a NaN or infinite coordinate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="RipsComplexTooLargeException">A cloud's complex does not fit in memory.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TopologyTimeline Compute(IEnumerable<CloudSnapshot> snapshots, TopologyTimelineOptions? options = null,
        IProgress<TopologyFrame>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        options ??= new TopologyTimelineOptions();
        options.Validate();

        var frames = new List<TopologyFrame>();
        foreach (var snapshot in snapshots)
        {
            ArgumentNullException.ThrowIfNull(snapshot, nameof(snapshots));
            if (frames.Count > 0 && snapshot.Step <= frames[^1].Step)
                throw new ArgumentException($"Snapshot steps must be strictly increasing; step {snapshot.Step} follows step {frames[^1].Step}.", nameof(snapshots));

            var frame = ComputeFrame(snapshot, frames.Count > 0 ? frames[^1] : null, options, cancellationToken);
            frames.Add(frame);
            progress?.Report(frame);
        }
        return new TopologyTimeline(frames);
    }

    private static TopologyFrame ComputeFrame(CloudSnapshot snapshot, TopologyFrame? previous, TopologyTimelineOptions options, CancellationToken cancellationToken)
    {
        double diameter = Geometry.CloudDiameter.Compute(snapshot.Cloud, options.Threads).Diameter;
        double scale = options.RelativeScale * diameter;
        var ripsOptions = new RipsOptions { Modulus = options.Modulus, Threads = options.Threads };

        // As PaperBetti does: with the filtration cut at ε, the classes alive at ε are exactly the infinite intervals.
        var atScale = VietorisRips.Compute(snapshot.Cloud, ripsOptions with { MaxDimension = options.BettiMaxDimension, Threshold = scale }, cancellationToken);
        var betti = new int[options.BettiMaxDimension + 1];
        for (int dimension = 0; dimension <= options.BettiMaxDimension; dimension++)
            betti[dimension] = atScale.Intervals(dimension).Count(interval => interval.IsInfinite);

        var diagram = VietorisRips.Compute(snapshot.Cloud, ripsOptions with { MaxDimension = options.MaxDimension, Threshold = options.RelativeThreshold * diameter }, cancellationToken);

        var persistent = new int[options.MaxDimension + 1];
        for (int dimension = 0; dimension <= options.MaxDimension; dimension++)
            persistent[dimension] = diagram.CountPersistentFeatures(dimension, options.RelativePersistence, diameter);

        double[]? bottleneck = null;
        if (previous is not null)
        {
            bottleneck = new double[options.MaxDimension + 1];
            for (int dimension = 0; dimension <= options.MaxDimension; dimension++)
                bottleneck[dimension] = DiagramDistance.Bottleneck(previous.Diagram, diagram, dimension);
        }

        return new TopologyFrame(snapshot.Step, diameter, scale, betti, persistent, bottleneck, diagram);
    }
}
