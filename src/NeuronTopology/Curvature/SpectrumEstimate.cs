namespace NeuronTopology.Curvature;

/// <summary>
/// Several extreme eigenvalues of a symmetric operator from one Lanczos run, ordered from the requested end
/// of the spectrum inwards (descending for the largest, ascending for the smallest).
/// </summary>
public sealed class SpectrumEstimate
{
    internal SpectrumEstimate(double[] eigenvalues, double[][]? eigenvectors, double[] residuals, int iterations, int productCount, IterationExit exit)
    {
        Eigenvalues = eigenvalues;
        Eigenvectors = eigenvectors;
        Residuals = residuals;
        Iterations = iterations;
        ProductCount = productCount;
        Exit = exit;
    }

    /// <summary>The eigenvalue estimates (Ritz values); all NaN after a non-finite product.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>Unit eigenvector estimates (Ritz vectors) in the order of <see cref="Eigenvalues"/>, or null when not requested.</summary>
    public IReadOnlyList<double[]>? Eigenvectors { get; }

    /// <summary>‖Hv − λv‖ of each returned pair, computed with one extra product each.</summary>
    public IReadOnlyList<double> Residuals { get; }

    /// <summary>Lanczos iterations, each one operator product.</summary>
    public int Iterations { get; }

    /// <summary>All operator products used, including the final residual checks.</summary>
    public int ProductCount { get; }

    /// <summary>How the iteration ended.</summary>
    public IterationExit Exit { get; }

    /// <summary>The estimate for the <paramref name="index"/>-th eigenvalue from the requested end as a single pair.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0..Count − 1.</exception>
    public EigenpairEstimate this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Eigenvalues.Count);
            return new EigenpairEstimate(Eigenvalues[index], Eigenvectors?[index], Residuals[index], Iterations, ProductCount, Exit);
        }
    }
}
