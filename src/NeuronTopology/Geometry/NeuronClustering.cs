namespace NeuronTopology.Geometry;

/// <summary>
/// Neurons grouped by single linkage under a merge tolerance: two neurons share a cluster when a chain
/// of neurons joins them with every step at distance ≤ the tolerance. The cluster count is the
/// effective width of the layer.
/// </summary>
public sealed class NeuronClustering
{
    internal NeuronClustering(int[] labels, int clusterCount, double tolerance, double diameter, IReadOnlyList<NeuronPair> links)
    {
        Labels = labels;
        ClusterCount = clusterCount;
        Tolerance = tolerance;
        Diameter = diameter;
        Links = links;
    }

    /// <summary>For each neuron, the smallest index in its cluster.</summary>
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Number of distinct neurons under the tolerance: the effective width.</summary>
    public int ClusterCount { get; }

    /// <summary>The tolerance as an absolute distance.</summary>
    public double Tolerance { get; }

    /// <summary>The diameter of the cloud.</summary>
    public double Diameter { get; }

    /// <summary>
    /// A minimum spanning forest of the pairs within the tolerance, shortest first (ties by (i, j)):
    /// each link joined two clusters. A link's DistanceBefore and DistanceAfter are both its distance in this cloud.
    /// </summary>
    public IReadOnlyList<NeuronPair> Links { get; }
}
