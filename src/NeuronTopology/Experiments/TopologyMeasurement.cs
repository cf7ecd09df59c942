using NeuronTopology.Homology;

namespace NeuronTopology.Experiments;

/// <summary>Topology of one neuron cloud.</summary>
/// <param name="Diagram">Persistence diagram in dimensions 0..2.</param>
/// <param name="Diameter">Largest distance between two neurons.</param>
/// <param name="Scale">The scale of <paramref name="Betti"/>, 0.25 × diameter.</param>
/// <param name="Betti">b0, b1, b2 at <paramref name="Scale"/>.</param>
/// <param name="PersistentFeatures">Classes of dimension 1 and 2 that persist longer than <see cref="ExperimentRunner.PersistentFraction"/> × diameter.</param>
public sealed record TopologyMeasurement(PersistenceDiagram Diagram, double Diameter, double Scale, int[] Betti, int PersistentFeatures);
