namespace NeuronTopology.Curvature;

/// <summary>
/// One eigenvalue estimate of a symmetric operator H with how it was obtained. For a unit vector v and
/// λ = vᵀHv, some true eigenvalue lies within <see cref="Residual"/> = ‖Hv − λv‖ of λ (Weyl's bound).
/// </summary>
public sealed class EigenpairEstimate
{
    internal EigenpairEstimate(double eigenvalue, double[]? eigenvector, double residual, int iterations, int productCount, IterationExit exit)
    {
        Eigenvalue = eigenvalue;
        Eigenvector = eigenvector;
        Residual = residual;
        Iterations = iterations;
        ProductCount = productCount;
        Exit = exit;
    }

    /// <summary>The eigenvalue estimate λ (a Rayleigh quotient); NaN when <see cref="Exit"/> is <see cref="IterationExit.NonFinite"/>.</summary>
    public double Eigenvalue { get; }

    /// <summary>The unit eigenvector estimate v, or null when it was not requested or the iteration failed.</summary>
    public double[]? Eigenvector { get; }

    /// <summary>The residual norm ‖Hv − λv‖ of the returned pair; NaN after a non-finite product.</summary>
    public double Residual { get; }

    /// <summary>Iterations of the method (Lanczos or power steps), each one operator product.</summary>
    public int Iterations { get; }

    /// <summary>All operator products used, including the final residual check.</summary>
    public int ProductCount { get; }

    /// <summary>How the iteration ended.</summary>
    public IterationExit Exit { get; }

    /// <inheritdoc/>
    public override string ToString() => $"λ = {Eigenvalue:R}, residual {Residual:E3}, {Iterations} iterations, {Exit}";
}
