namespace NeuronTopology.Geometry;

/// <summary>
/// Decides whether a run kept the topology of its neuron cloud, from the bi-Lipschitz distortion of
/// the map from the first snapshot to each later one. The rule and its rationale are in docs/verdict.md.
/// </summary>
/// <remarks>
/// For each snapshot t the typical stretch m(t) is the median of d_t/d_0 over the near-neighbour
/// pairs of the first cloud (its symmetric k-nearest-neighbour graph). Dividing by m(t) removes a
/// uniform change of scale, which keeps topology. The run is folded at t when some pair, over all
/// pairs, has d_t/d_0 &lt; m(t)/Λ. It is merged instead when that pair also ends closer than the merge
/// fraction of the median neighbour distance. It is torn at t when some near-neighbour pair has
/// d_t/d_0 &gt; Λ·m(t), or when two neurons that coincide in the first cloud are apart at t.
/// The verdict is the first snapshot where either holds; when both do, the one further beyond its
/// limit on a log scale wins.
/// </remarks>
public static class TopologyVerdict
{
    /// <summary>
    /// Classifies a run as preserved, torn, folded or merged and returns the per-snapshot series
    /// of L₋(0→t), L₊(0→t), D(0→t) and the step-to-step constants.
    /// </summary>
    /// <param name="snapshots">Clouds of the same neurons (neuron i in row i of each) with their training steps, strictly increasing; at least one.</param>
    /// <param name="options">The rule's settings; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or a cloud is null.</exception>
    /// <exception cref="ArgumentException">There is no snapshot, the steps do not increase, the clouds differ in shape, or a coordinate is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range: the limit must be finite and above 1, the neighbour and witness counts at least 1, the merge fraction finite and ≥ 0, threads ≥ 0.</exception>
    public static TopologyVerdictResult Classify(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, VerdictOptions? options = null)
    {
        options ??= new VerdictOptions();
        Validate(snapshots, options);

        PointCloud first = snapshots[0].Cloud;
        var edges = NeighbourGraph.Build(first, Math.Min(options.NeighbourCount, Math.Max(first.Count - 1, 1)), options.Threads);

        var series = new List<DistortionSample>(snapshots.Count);
        VerdictKind kind = VerdictKind.Preserved;
        long? firstStep = null;
        IReadOnlyList<NeuronPair> witnesses = [];
        for (int s = 0; s < snapshots.Count; s++)
        {
            var (step, cloud) = snapshots[s];
            var (sample, edgeRatios) = Measure(first, s == 0 ? null : snapshots[s - 1].Cloud, step, cloud, edges, options);
            series.Add(sample);
            options.Progress?.Report(s + 1);

            if (firstStep is not null || !(sample.IsFolded || sample.IsTorn))
                continue;
            firstStep = step;
            kind = Judge(sample, options);
            witnesses = kind == VerdictKind.Torn ? TearWitnesses(edgeRatios, sample, options) : FoldWitnesses(sample);
        }
        return new TopologyVerdictResult(kind, firstStep, witnesses, series, options);
    }

    private static (DistortionSample Sample, NeuronPair[] EdgeRatios) Measure(
        PointCloud first,
        PointCloud? previous,
        long step,
        PointCloud cloud,
        (int First, int Second, double Distance)[] edges,
        VerdictOptions options)
    {
        var fromStart = BiLipschitz.Compute(first, cloud, new BiLipschitzOptions { Threads = options.Threads, ExtremePairCount = options.WitnessCount });
        BiLipschitzResult? stepToStep = previous is null ? null : BiLipschitz.Compute(previous, cloud, new BiLipschitzOptions { Threads = options.Threads });

        var edgeRatios = new NeuronPair[edges.Length];
        for (int e = 0; e < edges.Length; e++)
        {
            var (i, j, distance) = edges[e];
            edgeRatios[e] = new NeuronPair(i, j, distance, Math.Sqrt(GramKernel.SquaredDistance(cloud[i], cloud[j])));
        }

        double typicalStretch = Median(edgeRatios.Select(pair => pair.Ratio));
        double spacing = Median(edgeRatios.Select(pair => pair.DistanceAfter));
        NeuronPair? upper = edgeRatios.Length == 0 ? null : edgeRatios.MaxBy(pair => pair.Ratio);
        var sample = new DistortionSample(step, fromStart, stepToStep, typicalStretch, upper, spacing, options.DistortionLimit);
        return (sample, edgeRatios);
    }

    private static VerdictKind Judge(DistortionSample sample, VerdictOptions options)
    {
        double foldExcess = sample.IsFolded ? Math.Log(1 / (options.DistortionLimit * sample.RelativeLowerConstant)) : double.NegativeInfinity;
        double tearExcess = sample.IsTorn ? Math.Log(sample.RelativeNeighbourUpperConstant / options.DistortionLimit) : double.NegativeInfinity;
        // Neurons that coincided and are now apart were stretched infinitely: one point became two.
        if (sample.FromStart.SeparatedCoincidentPairCount > 0)
            tearExcess = double.PositiveInfinity;

        // m(t) = 0 means most neighbour pairs collapsed, which is a fold whatever the ratios are.
        if (sample.TypicalStretch == 0)
            foldExcess = double.PositiveInfinity;
        if (tearExcess > foldExcess)
            return VerdictKind.Torn;

        NeuronPair? lowest = sample.FromStart.LowerPair;
        bool merged = sample.TypicalStretch == 0 || lowest is { } pair && pair.DistanceAfter <= options.MergeFraction * sample.NeighbourSpacing;
        return merged ? VerdictKind.Merged : VerdictKind.Folded;
    }

    private static NeuronPair[] TearWitnesses(NeuronPair[] edgeRatios, DistortionSample sample, VerdictOptions options)
    {
        double limit = options.DistortionLimit * sample.TypicalStretch;
        NeuronPair[] separated = sample.FromStart.SeparatedCoincidentExample is { } apart ? [apart] : [];
        return separated.Concat(edgeRatios
            .Where(pair => pair.Ratio > limit)
            .OrderByDescending(pair => pair.Ratio)
            .ThenBy(pair => pair.First)
            .ThenBy(pair => pair.Second))
            .Take(options.WitnessCount)
            .ToArray();
    }

    private static NeuronPair[] FoldWitnesses(DistortionSample sample) =>
        sample.FromStart.LowestPairs
            .Where(pair => sample.TypicalStretch == 0 || pair.Ratio < sample.TypicalStretch / sample.DistortionLimit)
            .ToArray();

    private static double Median(IEnumerable<double> values)
    {
        double[] sorted = values.ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        Array.Sort(sorted);
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void Validate(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, VerdictOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        if (!double.IsFinite(options.DistortionLimit) || options.DistortionLimit <= 1)
            throw new ArgumentOutOfRangeException(nameof(options.DistortionLimit), options.DistortionLimit, "The distortion limit must be a finite number above 1.");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.NeighbourCount, 1, nameof(options.NeighbourCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WitnessCount, 1, nameof(options.WitnessCount));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads, nameof(options.Threads));
        if (!double.IsFinite(options.MergeFraction) || options.MergeFraction < 0)
            throw new ArgumentOutOfRangeException(nameof(options.MergeFraction), options.MergeFraction, "The merge fraction must be a finite number ≥ 0.");
        if (snapshots.Count == 0)
            throw new ArgumentException("At least one snapshot is required.", nameof(snapshots));

        for (int s = 0; s < snapshots.Count; s++)
        {
            if (snapshots[s].Cloud is null)
                throw new ArgumentNullException(nameof(snapshots), $"Snapshot {s} has no cloud.");
            CloudValidation.RequireSameShape(snapshots[0].Cloud, snapshots[s].Cloud, nameof(snapshots));
            CloudValidation.RequireFinite(snapshots[s].Cloud, nameof(snapshots));
            if (s > 0 && snapshots[s].Step <= snapshots[s - 1].Step)
                throw new ArgumentException($"Snapshot {s} has step {snapshots[s].Step}, not after step {snapshots[s - 1].Step} of the snapshot before; steps must increase.", nameof(snapshots));
        }
    }
}
