namespace NeuronTopology.Experiments;

/// <summary>What a run records, and how often. Step 0 (the initial state) and the last step are always recorded.</summary>
/// <param name="SnapshotEvery">Write the neuron cloud every this many optimizer steps; 0 means once per epoch.</param>
/// <param name="MeasureEvery">Measure losses, sharpness and step-to-step bi-Lipschitz constants every this many steps; 0 means once per epoch.</param>
/// <param name="TopologyEvery">
/// Compute the persistence diagram and the Betti numbers of Yang et al. (b0, b1, b2 at 0.25 × diameter) every this many steps;
/// 0 means at the first and last step only. Vietoris–Rips up to dimension 2 of a dense cloud of a thousand neurons takes
/// seconds, far more than a training step, so this is the cadence that sets the length of a run.
/// </param>
/// <param name="Topology">Whether to compute topology at all.</param>
/// <param name="TopologyPoints">
/// Maximum number of neurons the Vietoris–Rips complex is built on; 0 means all. A larger cloud is replaced by this many
/// landmarks chosen by <see cref="Geometry.MaxMinLandmarks"/> (farthest-point selection from the neuron farthest from
/// the centroid). The scale stays 0.25 × the diameter of the whole cloud, so only the points change, not ε. The cost of
/// Vietoris–Rips to dimension 2 follows the edges and triangles at ε, which for a cloud of fixed shape grow as the square
/// and the cube of the number of points.
/// </param>
/// <param name="Sharpness">Compute the sharpness K (top Hessian eigenvalue of the training loss).</param>
/// <param name="SharpnessSamples">Training samples the Hessian is taken over (the first ones of the shuffled set); 0 means all.</param>
/// <param name="CheckpointEvery">Write a resumable checkpoint every this many steps; 0 means once per epoch.</param>
public sealed record RecordSpec(
    int SnapshotEvery = 0,
    int MeasureEvery = 0,
    int TopologyEvery = 0,
    bool Topology = true,
    int TopologyPoints = 0,
    bool Sharpness = true,
    int SharpnessSamples = 0,
    int CheckpointEvery = 0);
