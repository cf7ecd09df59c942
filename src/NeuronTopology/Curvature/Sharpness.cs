using NeuronTopology.Training;

namespace NeuronTopology.Curvature;

/// <summary>
/// Sharpness K, the top eigenvalue of the Hessian of the training loss. Yang, Poggio, Chuang and Ziyin
/// (arXiv 2510.02670) show that a permutation-equivariant learning rule with learning rate η moves the neurons
/// by a bi-Lipschitz map while ηK &lt; 1, which preserves the topology of the neuron cloud.
/// </summary>
public static class Sharpness
{
    /// <summary>Measures the top eigenvalue of <paramref name="hessian"/> with the protocol of <paramref name="options"/>.</summary>
    /// <remarks>
    /// Every method returns the most positive eigenvalue. Power iteration, and so the paper protocol, first finds
    /// the eigenvalue λ_d of largest magnitude. When λ_d is negative, a second power iteration on H − λ_d I gives
    /// λ_max, because that operator's spectrum lies in [0, λ_max − λ_d]. The
    /// second run gets the same iteration limit, so the cost at most doubles, and its tolerance then applies to
    /// λ_max − λ_d, so K is accurate to about Tolerance × |λ_d| in absolute terms.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Measure(IHessianOperator hessian, SharpnessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options ??= new SharpnessOptions();

        if (options.Protocol == SharpnessProtocol.Paper)
        {
            var paper = new PowerIterationOptions { MaxIterations = SharpnessOptions.PaperIterations, Tolerance = 0, Seed = options.Seed, ComputeEigenvector = options.ComputeEigenvector, Progress = options.Progress };
            return LargestByPowerIteration(hessian, paper, cancellationToken);
        }

        return options.Method switch
        {
            SharpnessMethod.Lanczos => Lanczos.Largest(hessian, new LanczosOptions { MaxIterations = options.MaxIterations, Tolerance = options.Tolerance, Seed = options.Seed, ComputeEigenvectors = options.ComputeEigenvector, Progress = options.Progress }, cancellationToken),
            SharpnessMethod.PowerIteration => LargestByPowerIteration(hessian, new PowerIterationOptions { MaxIterations = options.MaxIterations, Tolerance = options.Tolerance, Seed = options.Seed, ComputeEigenvector = options.ComputeEigenvector, Progress = options.Progress }, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown sharpness method."),
        };
    }

    // Power iteration finds the eigenvalue of largest magnitude. When that is negative, every eigenvalue of
    // H − λ_d I lies in [0, λ_max − λ_d] (up to the error of λ_d), so its dominant one is λ_max − λ_d. The residual
    // of the shifted pair, ‖(H − λ_d I)v − μv‖, is the residual of (μ + λ_d, v) for H.
    private static EigenpairEstimate LargestByPowerIteration(IHessianOperator hessian, PowerIterationOptions options, CancellationToken cancellationToken)
    {
        EigenpairEstimate dominant = PowerIteration.Dominant(hessian, options, cancellationToken);
        if (!(dominant.Eigenvalue < 0))
            return dominant;

        double shift = dominant.Eigenvalue;
        EigenpairEstimate shifted = PowerIteration.Dominant(new ShiftedHessianOperator(hessian, shift), options, cancellationToken);
        double eigenvalue = shifted.Exit == IterationExit.NonFinite ? double.NaN : shifted.Eigenvalue + shift;
        return new EigenpairEstimate(eigenvalue, shifted.Eigenvector, shifted.Residual, dominant.Iterations + shifted.Iterations,
            dominant.ProductCount + shifted.ProductCount, shifted.Exit);
    }

    /// <summary>
    /// Measures the preconditioned sharpness, the top eigenvalue of P⁻¹H for the diagonal preconditioner
    /// <paramref name="preconditioner"/> (for Adam and RMSprop, √v̂ + ε of the optimizer's current state).
    /// </summary>
    /// <remarks>
    /// The eigenvector, when requested, is u of the symmetric form P^{-1/2} H P^{-1/2}; the eigenvector of
    /// P⁻¹H for the same eigenvalue is P^{-1/2} u.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException">The preconditioner's length differs from the operator's dimension.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A preconditioner entry is not finite and positive, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate MeasurePreconditioned(IHessianOperator hessian, ReadOnlySpan<double> preconditioner, SharpnessOptions? options = null, CancellationToken cancellationToken = default)
        => Measure(new PreconditionedHessianOperator(hessian, preconditioner), options, cancellationToken);

    /// <summary>Measures the sharpness of <paramref name="objective"/> at its network's current parameters.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Measure(TrainingObjective objective, SharpnessOptions? options = null, CancellationToken cancellationToken = default)
        => Measure(new TrainingObjectiveHessian(objective), options, cancellationToken);

    /// <summary>
    /// Measures the preconditioned sharpness of <paramref name="objective"/> under the current diagonal
    /// preconditioner of an adaptive optimizer (Adam, AdamW, RMSprop, Adagrad).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The optimizer has no preconditioner yet (Adam before its first step).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A preconditioner entry is not finite and positive, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate MeasurePreconditioned(TrainingObjective objective, IPreconditionedOptimizer optimizer, SharpnessOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(optimizer);
        var diagonal = new double[objective.ParameterCount];
        optimizer.GetPreconditioner(diagonal);
        return MeasurePreconditioned(new TrainingObjectiveHessian(objective), diagonal, options, cancellationToken);
    }
}
