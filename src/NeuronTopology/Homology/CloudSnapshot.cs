using NeuronTopology.Geometry;

namespace NeuronTopology.Homology;

/// <summary>A neuron cloud recorded at one training step.</summary>
/// <param name="Step">Training step after which the cloud was recorded.</param>
/// <param name="Cloud">The neuron cloud, one point per neuron.</param>
public sealed record CloudSnapshot(long Step, PointCloud Cloud);
