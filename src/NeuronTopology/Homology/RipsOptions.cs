namespace NeuronTopology.Homology;

/// <summary>Settings of a Vietoris–Rips persistence computation.</summary>
public sealed record RipsOptions
{
    /// <summary>Largest supported <see cref="MaxDimension"/>.</summary>
    public const int MaxSupportedDimension = 16;

    /// <summary>Highest homology dimension k to compute (barcodes in dimensions 0..k); 0..<see cref="MaxSupportedDimension"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or above <see cref="MaxSupportedDimension"/>.</exception>
    public int MaxDimension
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxDimension));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxSupportedDimension, nameof(MaxDimension));
            field = value;
        }
    } = 1;

    /// <summary>
    /// Largest edge length (simplex diameter) in the filtration; null means the enclosing radius min_i max_j d(i, j),
    /// as Ripser's default. Classes still alive at the threshold get death +∞.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or NaN.</exception>
    public double? Threshold
    {
        get;
        init
        {
            if (value is double threshold && (double.IsNaN(threshold) || threshold < 0))
                throw new ArgumentOutOfRangeException(nameof(Threshold), threshold, "The threshold must be a non-negative number (+∞ includes every edge).");
            field = value;
        }
    }

    /// <summary>Prime p of the coefficient field Z/p, 2 ≤ p &lt; 2³¹.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a prime number.</exception>
    public int Modulus
    {
        get;
        init
        {
            if (!Engine.PrimeField.IsPrime(value))
                throw new ArgumentOutOfRangeException(nameof(Modulus), value, "The coefficient modulus must be a prime number.");
            field = value;
        }
    } = 2;

    /// <summary>Worker threads; 0 means <see cref="Environment.ProcessorCount"/>. The barcodes do not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Threads
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Threads));
            field = value;
        }
    }

    /// <summary>
    /// Memory the computation may use, in bytes; null means the memory available to the process
    /// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>). A computation whose estimated size exceeds it is rejected
    /// with <see cref="RipsComplexTooLargeException"/> before it starts.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public long? MemoryLimitBytes
    {
        get;
        init
        {
            if (value is long limit)
                ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit, nameof(MemoryLimitBytes));
            field = value;
        }
    }
}
