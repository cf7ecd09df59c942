using NeuronTopology.Homology;

namespace NeuronTopology.Experiments;

/// <summary>Topology of one neuron cloud, measured on all its neurons or on a landmark subsample of them.</summary>
/// <param name="Diagram">Persistence diagram in dimensions 0..2 of the measured points.</param>
/// <param name="Diameter">Largest distance between two neurons of the whole cloud.</param>
/// <param name="Scale">The scale of <paramref name="Betti"/>, 0.25 × <paramref name="Diameter"/>.</param>
/// <param name="Betti">b0, b1, b2 at <paramref name="Scale"/>.</param>
/// <param name="PersistentFeatures">Classes of dimension 1 and 2 that persist longer than <see cref="ExperimentRunner.PersistentFraction"/> × diameter.</param>
/// <param name="Points">Neurons the Vietoris–Rips complex was built on.</param>
/// <param name="CloudPoints">Neurons in the cloud.</param>
/// <param name="CoveringRadius">
/// Largest distance from a neuron of the cloud to its nearest measured neuron; 0 when every neuron was measured.
/// </param>
public sealed record TopologyMeasurement(
    PersistenceDiagram Diagram,
    double Diameter,
    double Scale,
    int[] Betti,
    int PersistentFeatures,
    int Points,
    int CloudPoints,
    double CoveringRadius)
{
    /// <summary>Whether the measurement saw fewer neurons than the cloud has.</summary>
    public bool IsSubsampled => Points < CloudPoints;
}
