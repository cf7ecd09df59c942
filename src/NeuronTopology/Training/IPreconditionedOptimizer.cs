namespace NeuronTopology.Training;

/// <summary>
/// An adaptive optimizer whose update is ≈ −η · P⁻¹ · m for a diagonal preconditioner P and a (momentum) gradient m,
/// so the stability threshold of a step is set by the sharpness of P⁻¹H, not of H.
/// </summary>
public interface IPreconditionedOptimizer
{
    /// <summary>Writes the current diagonal P, one entry per parameter, into <paramref name="diagonal"/>.</summary>
    /// <exception cref="ArgumentException">The span length is not the parameter count.</exception>
    /// <exception cref="InvalidOperationException">The state does not define P yet (Adam and AdamW before their first step).</exception>
    void GetPreconditioner(Span<double> diagonal);
}
