namespace NeuronTopology.Experiments;

/// <summary>Result of one optimizer step.</summary>
/// <param name="BatchLoss">Loss of the batch before the update.</param>
/// <param name="Diverged">True when the loss or a parameter became non-finite; the state is the one before the step.</param>
internal readonly record struct StepOutcome(double BatchLoss, bool Diverged);
