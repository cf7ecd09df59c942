namespace NeuronTopology.Homology.Engine;

/// <summary>
/// The memory limit of a computation, with the dimension and threshold that a rejection names, for the structures
/// whose size is only known while the reduction runs.
/// </summary>
internal sealed record MemoryBudget(long LimitBytes, int MaxDimension, double Threshold)
{
    /// <summary>A budget that never rejects, for callers without a limit.</summary>
    public static MemoryBudget Unlimited { get; } = new(long.MaxValue, 0, double.PositiveInfinity);
}
