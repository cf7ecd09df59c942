namespace NeuronTopology.Training;

/// <summary>Summary of one completed optimizer step, reported after the network's parameters received the update.</summary>
/// <param name="Step">1-based step number, counted over the trainer's lifetime.</param>
/// <param name="Epoch">0-based epoch of the step.</param>
/// <param name="Batch">0-based index of the batch within its epoch.</param>
/// <param name="BatchLoss">Loss on the batch before the update.</param>
/// <param name="LearningRate">Learning rate η the step used.</param>
public readonly record struct TrainingStepReport(long Step, int Epoch, int Batch, double BatchLoss, double LearningRate);
