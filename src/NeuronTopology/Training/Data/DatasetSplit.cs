namespace NeuronTopology.Training.Data;

/// <summary>A data set cut into a training part and a held-out test part.</summary>
/// <param name="Train">Samples used for the parameter updates.</param>
/// <param name="Test">Held-out samples for measuring generalization.</param>
public sealed record DatasetSplit(Dataset Train, Dataset Test);
