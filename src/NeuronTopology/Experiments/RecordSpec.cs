namespace NeuronTopology.Experiments;

/// <summary>What a run records, and how often. Step 0 (the initial state) and the last step are always recorded.</summary>
/// <param name="SnapshotEvery">Write the neuron cloud every this many optimizer steps; 0 means once per epoch.</param>
/// <param name="MeasureEvery">Measure topology, sharpness and bi-Lipschitz constants every this many steps; 0 means once per epoch.</param>
/// <param name="Topology">Compute persistence diagrams and the paper's Betti numbers (b0, b1, b2 at 0.25 × diameter).</param>
/// <param name="Sharpness">Compute the sharpness K (top Hessian eigenvalue of the training loss).</param>
/// <param name="SharpnessSamples">Training samples the Hessian is taken over (the first ones of the shuffled set); 0 means all.</param>
/// <param name="CheckpointEvery">Write a resumable checkpoint every this many steps; 0 means once per epoch.</param>
public sealed record RecordSpec(
    int SnapshotEvery = 0,
    int MeasureEvery = 0,
    bool Topology = true,
    bool Sharpness = true,
    int SharpnessSamples = 0,
    int CheckpointEvery = 0);
