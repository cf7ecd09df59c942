using System.Numerics.Tensors;

namespace NeuronTopology.Curvature;

/// <summary>
/// The dominant eigenvalue of a symmetric operator by power iteration: v ← Hv / ‖Hv‖, with the Rayleigh
/// quotient λ = vᵀHv as the estimate.
/// </summary>
/// <remarks>
/// Power iteration converges to the eigenvalue of largest magnitude, which is the most negative one when the
/// spectrum is negative-dominant (|λ_min| &gt; λ_max); <see cref="Sharpness.Measure(IHessianOperator, SharpnessOptions?, CancellationToken)"/>
/// then runs it again on a shifted operator, and <see cref="Lanczos.Largest(IHessianOperator, LanczosOptions?, CancellationToken)"/>
/// finds the most positive eigenvalue directly. The error shrinks by the factor |λ₂/λ₁| per step, so
/// a small gap needs many steps; when λ_max = −λ_min exactly, the iterate oscillates and the method ends at
/// the iteration limit.
/// </remarks>
public static class PowerIteration
{
    /// <summary>Estimates the eigenvalue of largest magnitude of <paramref name="hessian"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Dominant(IHessianOperator hessian, PowerIterationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options ??= new PowerIterationOptions();
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(hessian.Dimension, 1, nameof(hessian));

        int n = hessian.Dimension;
        var vector = new double[n];
        var product = new double[n];
        var residual = new double[n];
        RandomVectors.FillNormal(new Random(options.Seed), vector);
        TensorPrimitives.Multiply(vector, 1.0 / TensorPrimitives.Norm<double>(vector), vector);

        double eigenvalue = double.NaN;
        double residualNorm = double.NaN;
        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            hessian.Multiply(vector, product);
            if (!TensorPrimitives.IsFiniteAll<double>(product))
                return new EigenpairEstimate(double.NaN, null, double.NaN, iteration, iteration, IterationExit.NonFinite);

            eigenvalue = TensorPrimitives.Dot(vector, product);
            TensorPrimitives.MultiplyAdd(vector, -eigenvalue, product, residual);
            residualNorm = TensorPrimitives.Norm<double>(residual);
            double productNorm = TensorPrimitives.Norm<double>(product);
            options.Progress?.Report(new EigenIterationProgress(iteration, eigenvalue, residualNorm));

            // Hv = 0 makes v an exact eigenvector for λ = 0, which the residual test accepts.
            bool converged = residualNorm <= options.Tolerance * Math.Abs(eigenvalue);
            if (converged || iteration == options.MaxIterations || productNorm == 0)
            {
                var exit = converged || productNorm == 0 ? IterationExit.Converged : IterationExit.IterationLimit;
                return new EigenpairEstimate(eigenvalue, options.ComputeEigenvector ? vector : null, residualNorm, iteration, iteration, exit);
            }

            TensorPrimitives.Multiply(product, 1.0 / productNorm, vector);
        }

        throw new InvalidOperationException("Unreachable: the loop returns at its last iteration.");
    }
}
