namespace NeuronTopology.Homology.Engine;

/// <summary>
/// The memory limit of a computation, with the dimension and threshold that a rejection names, for the structures
/// whose size is only known while the reduction runs.
/// </summary>
internal sealed record MemoryBudget(long LimitBytes, int MaxDimension, double Threshold)
{
    /// <summary>A budget that never rejects, for callers without a limit.</summary>
    public static MemoryBudget Unlimited { get; } = new(long.MaxValue, 0, double.PositiveInfinity);

    /// <summary>
    /// Throws when doubling an array of <paramref name="length"/> entries of <paramref name="entryBytes"/> each would
    /// pass the limit or the largest array .NET allows. <paramref name="describe"/> gives the reason the exception
    /// states; it runs only when the check fails.
    /// </summary>
    /// <exception cref="RipsComplexTooLargeException">The doubled array would not fit.</exception>
    public void EnsureDoublingFits(int length, int entryBytes, Func<string> describe)
    {
        long grownBytes = 2L * length * entryBytes;
        if (grownBytes > LimitBytes || 2L * length > Array.MaxLength)
            throw new RipsComplexTooLargeException(grownBytes, LimitBytes, MaxDimension, Threshold, describe());
    }
}
