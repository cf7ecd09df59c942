using NeuronTopology.Geometry;

namespace NeuronTopology.Homology;

/// <summary>Vietoris–Rips persistent homology (the algorithm of Ripser: Bauer 2021).</summary>
public static class VietorisRips
{
    /// <summary>Computes the barcodes of the Euclidean point cloud.</summary>
    public static PersistenceDiagram Compute(PointCloud cloud, RipsOptions options, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("The engine is being written.");
}
