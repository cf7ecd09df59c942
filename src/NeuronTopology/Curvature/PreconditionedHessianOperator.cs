using System.Numerics.Tensors;

namespace NeuronTopology.Curvature;

/// <summary>
/// The symmetric form P^{-1/2} H P^{-1/2} of the preconditioned Hessian P⁻¹H for a diagonal preconditioner P.
/// Both have the same eigenvalues, and the top one is the preconditioned sharpness that governs the stability
/// of Adam and RMSprop, where P = diag(√v̂ + ε) (Cohen et al., "Adaptive Gradient Methods at the Edge of
/// Stability", arXiv 2207.14484).
/// </summary>
public sealed class PreconditionedHessianOperator : IHessianOperator
{
    private readonly IHessianOperator _hessian;
    private readonly double[] _inverseSquareRoot;
    private readonly double[] _scaled;

    /// <summary>Wraps <paramref name="hessian"/> with the diagonal preconditioner <paramref name="diagonal"/> (copied).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException">The diagonal's length differs from the operator's dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A diagonal entry is not finite and positive.</exception>
    public PreconditionedHessianOperator(IHessianOperator hessian, ReadOnlySpan<double> diagonal)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        if (diagonal.Length != hessian.Dimension)
            throw new ArgumentException($"The preconditioner has {diagonal.Length} entries; the operator has dimension {hessian.Dimension}.", nameof(diagonal));

        _inverseSquareRoot = new double[diagonal.Length];
        for (int i = 0; i < diagonal.Length; i++)
        {
            if (!double.IsFinite(diagonal[i]) || diagonal[i] <= 0)
                throw new ArgumentOutOfRangeException(nameof(diagonal), diagonal[i], $"Preconditioner entry {i} must be finite and positive.");
            _inverseSquareRoot[i] = 1.0 / Math.Sqrt(diagonal[i]);
        }
        _hessian = hessian;
        _scaled = new double[diagonal.Length];
    }

    /// <inheritdoc/>
    public int Dimension => _hessian.Dimension;

    /// <inheritdoc/>
    /// <remarks>Not thread-safe: one scratch vector is shared between calls.</remarks>
    /// <exception cref="ArgumentException">A span's length is not <see cref="Dimension"/>.</exception>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        OperatorArguments.Check(Dimension, vector, product);
        TensorPrimitives.Multiply(vector, _inverseSquareRoot, _scaled);
        _hessian.Multiply(_scaled, product);
        TensorPrimitives.Multiply(product, _inverseSquareRoot, product);
    }
}
