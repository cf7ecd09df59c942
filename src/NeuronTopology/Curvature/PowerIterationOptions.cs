namespace NeuronTopology.Curvature;

/// <summary>Settings of <see cref="PowerIteration"/>.</summary>
public sealed record PowerIterationOptions
{
    /// <summary>Maximum number of iterations, each one operator product. Default 10 000.</summary>
    public int MaxIterations { get; init; } = 10_000;

    /// <summary>
    /// Convergence threshold: the iteration stops when ‖Hv − λv‖ ≤ Tolerance × |λ|. Default 1e-8. Zero runs
    /// exactly <see cref="MaxIterations"/> steps, as <see cref="SharpnessProtocol.Paper"/> does.
    /// </summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Seed of the random start vector.</summary>
    public int Seed { get; init; }

    /// <summary>Whether to return the eigenvector estimate.</summary>
    public bool ComputeEigenvector { get; init; }

    /// <summary>Receives the estimate after every iteration; null (default) for no reports.</summary>
    public IProgress<EigenIterationProgress>? Progress { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
        if (!double.IsFinite(Tolerance) || Tolerance < 0)
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance must be finite and non-negative.");
    }
}
