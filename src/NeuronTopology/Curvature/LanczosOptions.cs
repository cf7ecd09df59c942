namespace NeuronTopology.Curvature;

/// <summary>Settings of the thick-restart Lanczos eigen-solver (<see cref="Lanczos"/>).</summary>
public sealed record LanczosOptions
{
    /// <summary>Maximum number of Lanczos iterations, each one operator product. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// Convergence threshold on the Ritz residual relative to the Ritz value: a wanted pair (θ, y) is converged
    /// when ‖Hy − θy‖ ≤ max(Tolerance × |θ|, 1e-10 × max |Ritz value|). The second term is a floor for rounding
    /// in the products. An eigenvalue far inside the spectrum, such as the top of a Hessian whose negative end is
    /// 1e8 times larger, is therefore accurate to about 1e-10 of the spectral scale, not relative to itself. Default 1e-8,
    /// which leaves the eigenvalue accurate to about residual² / gap. Zero runs to <see cref="MaxIterations"/>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>
    /// Maximum size m of the Krylov basis before a thick restart; memory is (m + 1) vectors of the
    /// operator's dimension. Zero (default) chooses max(20, 2k + 10), at most the dimension.
    /// </summary>
    public int KrylovDimension { get; init; }

    /// <summary>Seed of the random start vector.</summary>
    public int Seed { get; init; }

    /// <summary>Whether to return the eigenvectors (Ritz vectors) as well as the eigenvalues.</summary>
    public bool ComputeEigenvectors { get; init; }

    /// <summary>
    /// Receives the estimate after every iteration; null (default) for no reports. With count &gt; 1, each run
    /// that searches for repeated eigenvalues reports its own iterations from 1 again.
    /// </summary>
    public IProgress<EigenIterationProgress>? Progress { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        if (!double.IsFinite(Tolerance) || Tolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance must be finite and non-negative.");
        ArgumentOutOfRangeException.ThrowIfNegative(KrylovDimension, nameof(KrylovDimension));
    }
}
