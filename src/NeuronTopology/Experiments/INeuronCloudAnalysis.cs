using NeuronTopology.Geometry;
using NeuronTopology.Homology;

namespace NeuronTopology.Experiments;

/// <summary>The measurements a run takes of its neuron clouds: topology, bi-Lipschitz constants, merges and the verdict.</summary>
internal interface INeuronCloudAnalysis
{
    /// <summary>
    /// Persistence diagram in dimensions 0..2 and the paper's Betti numbers at 0.25 × diameter, on at most
    /// <paramref name="maxPoints"/> landmarks of the cloud (0 means all neurons).
    /// </summary>
    TopologyMeasurement MeasureTopology(PointCloud cloud, int maxPoints, int threads, CancellationToken cancellationToken);

    /// <summary>L₋ and L₊ of the map <paramref name="before"/>[i] ↦ <paramref name="after"/>[i] over all pairs.</summary>
    (double Lower, double Upper) BiLipschitz(PointCloud before, PointCloud after, int threads);

    /// <summary>Number of clusters of neurons closer than the merge tolerance.</summary>
    int DistinctNeurons(PointCloud cloud);

    /// <summary>
    /// Returns the verdict of the whole run from its snapshots, first to last, and from the persistence diagrams
    /// measured during it. The diagrams come in step order, each with its scale 0.25 × diameter, and the list is empty
    /// when the run measured no topology.
    /// </summary>
    RunVerdict Classify(IReadOnlyList<(long Step, PointCloud Cloud)> snapshots, IReadOnlyList<(long Step, PersistenceDiagram Diagram, double Scale)> diagrams, int threads);
}
