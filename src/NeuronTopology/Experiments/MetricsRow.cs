namespace NeuronTopology.Experiments;

/// <summary>
/// One measurement of a run, taken after optimizer step <see cref="Step"/> (step 0 is the initial state).
/// A value that was not measured at this step, or that does not apply (accuracy of a regression), is null.
/// </summary>
public sealed class MetricsRow
{
    /// <summary>Optimizer steps taken so far.</summary>
    public long Step { get; init; }

    /// <summary>Epoch of the step, from 1; 0 for the initial state.</summary>
    public int Epoch { get; init; }

    /// <summary>Learning rate η of the step (after the schedule).</summary>
    public double LearningRate { get; init; }

    /// <summary>Loss over the whole training set.</summary>
    public double? TrainLoss { get; set; }

    /// <summary>Share of training samples classified correctly; null for regression.</summary>
    public double? TrainAccuracy { get; set; }

    /// <summary>Loss over the whole test set.</summary>
    public double? TestLoss { get; set; }

    /// <summary>Share of test samples classified correctly; null for regression.</summary>
    public double? TestAccuracy { get; set; }

    /// <summary>Betti numbers b0, b1, b2 of the Vietoris–Rips complex at 0.25 × diameter (the paper's measure).</summary>
    public int[]? Betti { get; set; }

    /// <summary>Homology classes in dimensions 1 and 2 whose persistence exceeds <see cref="ExperimentRunner.PersistentFraction"/> × diameter.</summary>
    public int? PersistentFeatures { get; set; }

    /// <summary>
    /// Neurons the Betti numbers were measured on: the cloud's size, or <see cref="RecordSpec.TopologyPoints"/> when the
    /// cloud was larger and was subsampled to that many maxmin landmarks.
    /// </summary>
    public int? TopologyPoints { get; set; }

    /// <summary>Largest distance from a neuron to its nearest measured neuron; 0 when topology was measured on every neuron.</summary>
    public double? CoveringRadius { get; set; }

    /// <summary>Sharpness K, the top Hessian eigenvalue of the training loss.</summary>
    public double? Sharpness { get; set; }

    /// <summary>Step-to-step lower bi-Lipschitz constant L₋ of the update at this step (cloud before ↦ cloud after).</summary>
    public double? LowerLipschitz { get; set; }

    /// <summary>Step-to-step upper bi-Lipschitz constant L₊ of the update at this step.</summary>
    public double? UpperLipschitz { get; set; }

    /// <summary>L₋(0→t) of the map from the first snapshot to this one.</summary>
    public double? LowerLipschitzFromStart { get; set; }

    /// <summary>L₊(0→t) of the map from the first snapshot to this one.</summary>
    public double? UpperLipschitzFromStart { get; set; }

    /// <summary>Distinct neurons: clusters of neurons closer than the merge tolerance.</summary>
    public int? DistinctNeurons { get; set; }

    /// <summary>The run's verdict; set on the last row only.</summary>
    public string? Verdict { get; set; }

    /// <summary>Critical learning rate η* = 1/K; null when K is unknown or not positive.</summary>
    public double? CriticalLearningRate => Sharpness is double k && k > 0 ? 1 / k : null;

    /// <summary>ηK: below 1 the update is bi-Lipschitz and topology is preserved.</summary>
    public double? EtaK => Sharpness is double k ? LearningRate * k : null;

    /// <summary>The theory's lower bound 1 − ηK on the step-to-step L₋.</summary>
    public double? LowerBound => Sharpness is double k ? 1 - LearningRate * k : null;

    /// <summary>Distortion D(0→t) = L₊(0→t) / L₋(0→t); +∞ when L₋(0→t) is 0.</summary>
    public double? DistortionFromStart => (LowerLipschitzFromStart, UpperLipschitzFromStart) is (double lower, double upper)
        ? (lower > 0 ? upper / lower : double.PositiveInfinity)
        : null;
}
