namespace NeuronTopology.Geometry;

/// <summary>
/// Two clusters of neurons that were apart at the previous snapshot and are joined at
/// <paramref name="Step"/>, with the pair of neurons that joins them.
/// </summary>
/// <param name="Step">The training step of the snapshot.</param>
/// <param name="First">A neuron of one cluster (the smaller index of the joining pair).</param>
/// <param name="Second">A neuron of the other cluster.</param>
/// <param name="Distance">Their distance at <paramref name="Step"/>, at most the tolerance.</param>
public readonly record struct MergeEvent(long Step, int First, int Second, double Distance);
