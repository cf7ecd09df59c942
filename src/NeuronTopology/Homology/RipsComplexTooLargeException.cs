namespace NeuronTopology.Homology;

/// <summary>
/// Thrown before a Vietoris–Rips computation starts when its estimated memory exceeds the limit
/// (<see cref="RipsOptions.MemoryLimitBytes"/>, or the memory available to the process).
/// </summary>
public sealed class RipsComplexTooLargeException : Exception
{
    /// <summary>Creates the exception from the estimate and the limit it exceeds.</summary>
    public RipsComplexTooLargeException(long estimatedBytes, long limitBytes, int maxDimension, double threshold)
        : this(estimatedBytes, limitBytes, maxDimension, threshold,
            "The estimate counts the distance storage, the simplex and column lists, the pivot maps and the working columns. " +
            "Lower the threshold or the homology dimension, or use fewer points.")
    {
    }

    /// <summary>Creates the exception with <paramref name="advice"/>: what the estimate assumes and which setting can bring it under the limit.</summary>
    public RipsComplexTooLargeException(long estimatedBytes, long limitBytes, int maxDimension, double threshold, string advice)
        : base($"The Vietoris–Rips computation needs an estimated {Mebibytes(estimatedBytes)} MiB, more than the limit of " +
               $"{Mebibytes(limitBytes)} MiB (dimension {maxDimension}, threshold {threshold}). " + advice)
    {
        EstimatedBytes = estimatedBytes;
        LimitBytes = limitBytes;
        MaxDimension = maxDimension;
        Threshold = threshold;
    }

    /// <summary>Estimated peak memory of the computation, in bytes.</summary>
    public long EstimatedBytes { get; }

    /// <summary>Memory limit the estimate exceeds, in bytes.</summary>
    public long LimitBytes { get; }

    /// <summary>Highest homology dimension requested.</summary>
    public int MaxDimension { get; }

    /// <summary>Filtration threshold in effect (+∞ when every edge is included).</summary>
    public double Threshold { get; }

    private static string Mebibytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
