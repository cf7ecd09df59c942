namespace NeuronTopology.Curvature;

/// <summary>
/// Extreme eigenvalues of a symmetric operator by the Lanczos method with full reorthogonalization and thick
/// restart. Every returned pair comes with its explicit residual ‖Hv − λv‖, and some true eigenvalue lies
/// within that residual of λ.
/// </summary>
/// <remarks>
/// The start vector is a seeded standard normal vector, so results are deterministic for a given seed. This
/// is a single-vector Krylov method: it finds one copy of an eigenvalue of multiplicity r unless rounding or
/// an exhausted Krylov space brings in the others, so <see cref="Largest(IHessianOperator, int, LanczosOptions?, CancellationToken)"/>
/// with count &gt; 1 can skip repeated copies. The top eigenvalue itself is found regardless of multiplicity.
/// </remarks>
public static class Lanczos
{
    /// <summary>Estimates the largest (most positive) eigenvalue of <paramref name="hessian"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Largest(IHessianOperator hessian, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Largest(hessian, 1, options, cancellationToken)[0];

    /// <summary>Estimates the smallest (most negative) eigenvalue of <paramref name="hessian"/>, the lower end of its spectrum.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Smallest(IHessianOperator hessian, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Smallest(hessian, 1, options, cancellationToken)[0];

    /// <summary>Estimates the <paramref name="count"/> largest eigenvalues, in descending order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is below 1 or above the operator's dimension, or an option is out of range.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpectrumEstimate Largest(IHessianOperator hessian, int count, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Run(hessian, count, largest: true, options, cancellationToken);

    /// <summary>Estimates the <paramref name="count"/> smallest eigenvalues, in ascending order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is below 1 or above the operator's dimension, or an option is out of range.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpectrumEstimate Smallest(IHessianOperator hessian, int count, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Run(hessian, count, largest: false, options, cancellationToken);

    private static SpectrumEstimate Run(IHessianOperator hessian, int count, bool largest, LanczosOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options ??= new LanczosOptions();
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(hessian.Dimension, 1, nameof(hessian));
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, hessian.Dimension);

        return new ThickRestartLanczos(hessian, count, largest, options).Run(cancellationToken);
    }
}
