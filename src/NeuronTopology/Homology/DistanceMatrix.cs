namespace NeuronTopology.Homology;

/// <summary>
/// A dense symmetric distance matrix with zero diagonal, stored as its strict lower triangle row by row:
/// d(i, j) for i &gt; j is at index i(i − 1)/2 + j.
/// </summary>
public sealed class DistanceMatrix
{
    /// <summary>Wraps <paramref name="lowerTriangle"/> (length n(n − 1)/2) without copying.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or the array length is not n(n − 1)/2.</exception>
    /// <exception cref="ArgumentException">An entry is negative, NaN or infinite.</exception>
    public DistanceMatrix(int count, double[] lowerTriangle)
    {
        ArgumentNullException.ThrowIfNull(lowerTriangle);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        long expected = (long)count * (count - 1) / 2;
        if (lowerTriangle.Length != expected)
            throw new ArgumentOutOfRangeException(nameof(lowerTriangle), lowerTriangle.Length, $"Expected {expected} entries for {count} points.");
        for (int index = 0; index < lowerTriangle.Length; index++)
        {
            double value = lowerTriangle[index];
            if (!double.IsFinite(value) || value < 0)
                throw new ArgumentException($"Distance entry {index} is {value}; distances must be finite and non-negative.", nameof(lowerTriangle));
        }
        Count = count;
        LowerTriangle = lowerTriangle;
    }

    /// <summary>Number of points n.</summary>
    public int Count { get; }

    /// <summary>The strict lower triangle, row by row.</summary>
    public double[] LowerTriangle { get; }

    /// <summary>d(i, j); zero on the diagonal.</summary>
    public double this[int i, int j]
    {
        get
        {
            if (i == j)
                return 0;
            if (i < j)
                (i, j) = (j, i);
            return LowerTriangle[(long)i * (i - 1) / 2 + j];
        }
    }
}
