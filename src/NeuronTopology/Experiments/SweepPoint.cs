namespace NeuronTopology.Experiments;

/// <summary>One run of a sweep as its <c>summary.json</c> records it.</summary>
/// <param name="LearningRate">η of the run.</param>
/// <param name="Seed">Seed of the run.</param>
/// <param name="Directory">The run directory.</param>
/// <param name="Status">completed, diverged or interrupted.</param>
/// <param name="Verdict">preserved, torn, folded or merged; null without a verdict.</param>
/// <param name="Distortion">D(0→end); +∞ when neurons met.</param>
/// <param name="CriticalLearningRate">Median measured 1/K over the run; null when sharpness was not recorded.</param>
public sealed record SweepPoint(double LearningRate, ulong Seed, string Directory, string Status, string? Verdict, double? Distortion, double? CriticalLearningRate)
{
    /// <summary>True when the run diverged or its verdict is a broken kind.</summary>
    public bool IsBroken => Status == "diverged" || (Verdict is not null && Verdict != "preserved");
}
