namespace NeuronTopology.Experiments;

/// <summary>Progress of a run, reported after every optimizer step and while measuring.</summary>
/// <param name="Step">Optimizer steps taken.</param>
/// <param name="TotalSteps">Steps of the whole run.</param>
/// <param name="Epoch">Current epoch, from 1 (0 before the first step).</param>
/// <param name="BatchLoss">Loss of the last batch, before its update; NaN before the first step.</param>
/// <param name="Activity">What the run is doing: training, measuring or reporting.</param>
public readonly record struct RunProgress(long Step, long TotalSteps, int Epoch, double BatchLoss, string Activity);
