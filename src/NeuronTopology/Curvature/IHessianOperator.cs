namespace NeuronTopology.Curvature;

/// <summary>
/// A symmetric linear operator v ↦ Hv on ℝⁿ, in practice the Hessian of a training loss applied through
/// Hessian-vector products. The eigen-solvers of this folder see a model only through this interface.
/// </summary>
/// <remarks>
/// Implementations must be symmetric (⟨u, Hv⟩ = ⟨Hu, v⟩ up to rounding) and, for the Krylov solvers, the
/// same linear map on every call. <see cref="MiniBatchHessianOperator"/> is the deliberate exception.
/// </remarks>
public interface IHessianOperator
{
    /// <summary>Dimension n of the space the operator acts on (the number of parameters).</summary>
    int Dimension { get; }

    /// <summary>Writes H·<paramref name="vector"/> into <paramref name="product"/>; both have length <see cref="Dimension"/>.</summary>
    /// <remarks>Non-finite entries in the product are allowed; the solvers detect them and stop with <see cref="IterationExit.NonFinite"/>.</remarks>
    void Multiply(ReadOnlySpan<double> vector, Span<double> product);
}
