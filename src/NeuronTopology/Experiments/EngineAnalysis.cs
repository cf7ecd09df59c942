using System.Globalization;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;

namespace NeuronTopology.Experiments;

/// <summary>
/// The measurements of neuron clouds by the homology and geometry engines: the Betti numbers of Yang et al. (arXiv 2510.02670) with their
/// persistence diagram, exact all-pairs bi-Lipschitz constants, distinct neurons and the topology verdict.
/// </summary>
internal sealed class EngineAnalysis : INeuronCloudAnalysis
{
    /// <summary>Neurons closer than this fraction of the cloud's diameter count as one distinct neuron.</summary>
    /// <remarks>
    /// Far below the spacing of a sampled shape (1024 random points on the figure-eight have neighbours at about 1e-3 of
    /// the diameter) and far above rounding, so it counts neurons that have met, not neurons that were sampled close.
    /// </remarks>
    public const double MergeFraction = 1e-5;

    /// <remarks>
    /// The filtration stops at the paper's scale ε = 0.25 × diameter, as the GUDHI complex of Yang et al. does, so the
    /// diagram contains the classes born up to ε, and those alive at ε are its infinite intervals: their count in each
    /// dimension is b0, b1, b2. A persistent feature is a class of dimension 1 or 2 that lives longer than
    /// <see cref="ExperimentRunner.PersistentFraction"/> × diameter within that range.
    /// A cloud of more than <paramref name="maxPoints"/> neurons is measured on that many maxmin landmarks, but the
    /// diameter, and so ε, is the whole cloud's. Subsampling then changes only the points, and the landmarks' Betti
    /// numbers at ε match the cloud's unless a class of either diagram is born or dies within twice the covering radius
    /// of ε (see <see cref="MaxMinLandmarks.Select"/>). The landmarks' own diameter can be smaller by up to twice the
    /// covering radius, which would move ε as well.
    /// </remarks>
    public TopologyMeasurement MeasureTopology(PointCloud cloud, int maxPoints, int threads, CancellationToken cancellationToken)
    {
        double diameter = CloudDiameter.Compute(cloud, threads).Diameter;
        double scale = PaperBetti.RelativeScale * diameter;
        PointCloud measured = cloud;
        double coveringRadius = 0;
        if (maxPoints > 0 && cloud.Count > maxPoints)
        {
            LandmarkSelection landmarks = MaxMinLandmarks.Select(cloud, maxPoints);
            measured = landmarks.ExtractFrom(cloud);
            coveringRadius = landmarks.CoveringRadius;
        }
        PersistenceDiagram diagram = diameter > 0
            ? VietorisRips.Compute(measured, new RipsOptions { MaxDimension = 2, Threshold = scale, Threads = threads }, cancellationToken)
            : new PersistenceDiagram([[new PersistenceInterval(0, double.PositiveInfinity)], [], []], 0, 2);

        var betti = new int[3];
        int persistent = 0;
        for (int dimension = 0; dimension <= 2; dimension++)
        {
            foreach (PersistenceInterval interval in diagram.Intervals(dimension))
            {
                if (interval.IsInfinite)
                    betti[dimension]++;
                if (dimension > 0 && Math.Min(interval.Death, scale) - interval.Birth > ExperimentRunner.PersistentFraction * diameter)
                    persistent++;
            }
        }
        return new TopologyMeasurement(diagram, diameter, scale, betti, persistent, measured.Count, cloud.Count, coveringRadius);
    }

    public (double Lower, double Upper) BiLipschitz(PointCloud before, PointCloud after, int threads)
    {
        BiLipschitzResult result = Geometry.BiLipschitz.Compute(before, after, new BiLipschitzOptions { Threads = threads });
        return (result.LowerConstant, result.UpperConstant);
    }

    public int DistinctNeurons(PointCloud cloud) => NeuronMerges.Cluster(cloud, MergeTolerance.RelativeToDiameter(MergeFraction)).ClusterCount;

    public RunVerdict Classify(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, int threads)
    {
        var options = new VerdictOptions { Threads = threads };
        TopologyVerdictResult result = TopologyVerdict.Classify(snapshots, options);
        string limit = options.DistortionLimit.ToString("G3", CultureInfo.InvariantCulture);
        string explanation = result.Kind switch
        {
            VerdictKind.Preserved => $"No snapshot shows a tear, fold or merge: relative to the typical stretch, no near-neighbour pair stretched beyond Λ = {limit} and no pair shrank below 1/Λ.",
            VerdictKind.Torn => $"From step {result.FirstStep}, near neighbours of the first cloud were stretched more than Λ = {limit} times the typical stretch: the cloud tore.",
            VerdictKind.Folded => $"From step {result.FirstStep}, a pair of neurons shrank below 1/Λ = 1/{limit} of the typical stretch without meeting: the cloud folded.",
            _ => $"From step {result.FirstStep}, neurons met: the pair that shrank most ended closer than {options.MergeFraction.ToString("G3", CultureInfo.InvariantCulture)} of a neighbour spacing.",
        };
        return new RunVerdict(
            result.Kind.ToString().ToLowerInvariant(),
            result.FirstStep,
            result.Witnesses.Select(pair => (pair.First, pair.Second)).ToArray(),
            explanation);
    }
}
