namespace NeuronTopology.Curvature;

/// <summary>
/// Extreme eigenvalues of a symmetric operator by the Lanczos method with full reorthogonalization and thick
/// restart. Every returned pair comes with its explicit residual ‖Hv − λv‖, and some true eigenvalue lies
/// within that residual of λ.
/// </summary>
/// <remarks>
/// The start vector is a seeded standard normal vector, so results are deterministic for a given seed. A
/// single-vector Krylov space contains one copy of a repeated eigenvalue, so for count &gt; 1 the solver then searches
/// the complement of the pairs it found for further copies, with one more Lanczos run per copy found plus one
/// that finds none. <see cref="LanczosOptions.MaxIterations"/> bounds the iterations of all runs together.
/// </remarks>
public static class Lanczos
{
    /// <summary>Estimates the largest (most positive) eigenvalue of <paramref name="hessian"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is a <see cref="MiniBatchHessianOperator"/> over several batches.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Largest(IHessianOperator hessian, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Largest(hessian, 1, options, cancellationToken)[0];

    /// <summary>Estimates the smallest (most negative) eigenvalue of <paramref name="hessian"/>, the lower end of its spectrum.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is a <see cref="MiniBatchHessianOperator"/> over several batches.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static EigenpairEstimate Smallest(IHessianOperator hessian, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Smallest(hessian, 1, options, cancellationToken)[0];

    /// <summary>Estimates the <paramref name="count"/> largest eigenvalues, in descending order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is a <see cref="MiniBatchHessianOperator"/> over several batches.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is below 1 or above the operator's dimension, or an option is out of range.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpectrumEstimate Largest(IHessianOperator hessian, int count, LanczosOptions? options = null, CancellationToken cancellationToken = default)
        => Run(hessian, count, largest: true, options, cancellationToken);

    /// <summary>Estimates the <paramref name="count"/> smallest eigenvalues, in ascending order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is a <see cref="MiniBatchHessianOperator"/> over several batches.</exception>
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
        if (hessian is MiniBatchHessianOperator { BatchCount: > 1 })
            throw new ArgumentException("Lanczos needs one fixed linear map; a mini-batch operator that changes per product works only with power iteration.", nameof(hessian));

        var withVectors = options with { ComputeEigenvectors = true };
        var found = new ThickRestartLanczos(hessian, count, largest, withVectors, locked: []).Run(cancellationToken);
        if (count == 1 || count == hessian.Dimension || found.Exit != IterationExit.Converged)
            return WithoutVectorsUnlessRequested(found, options);

        return CompleteMultiplicities(hessian, found, largest, options, cancellationToken);
    }

    // A single-vector Krylov space contains one direction per distinct eigenvalue, so copies of a repeated
    // eigenvalue can be missed. Each round searches the complement of the pairs found so far for a more extreme
    // eigenvalue and swaps it in, until the complement has none. When nothing is missing, this costs one top-1 run.
    private static SpectrumEstimate CompleteMultiplicities(IHessianOperator hessian, SpectrumEstimate found, bool largest, LanczosOptions options, CancellationToken cancellationToken)
    {
        var pairs = found.Eigenvalues.Select((value, i) => (Value: value, Vector: found.Eigenvectors![i], Residual: found.Residuals[i])).ToList();
        int iterations = found.Iterations, products = found.ProductCount;
        var exit = IterationExit.Converged;
        double scale = pairs.Max(pair => Math.Abs(pair.Value));

        for (int round = 0; round < pairs.Count; round++)
        {
            int budget = options.MaxIterations - iterations;
            if (budget < 1)
            {
                exit = IterationExit.IterationLimit;
                break;
            }

            var locked = pairs.Select(pair => pair.Vector).ToArray();
            var search = new ThickRestartLanczos(hessian, 1, largest, options with { MaxIterations = budget, ComputeEigenvectors = true, Seed = options.Seed + round + 1 }, locked).Run(cancellationToken);
            iterations += search.Iterations;
            products += search.ProductCount;
            if (search.Exit != IterationExit.Converged)
            {
                exit = search.Exit;
                break;
            }

            double candidate = search.Eigenvalues[0];
            double innermost = pairs[^1].Value;
            double margin = options.Tolerance * scale;
            bool moreExtreme = largest ? candidate > innermost + margin : candidate < innermost - margin;
            if (!moreExtreme)
                break;

            pairs[^1] = (candidate, search.Eigenvectors![0], search.Residuals[0]);
            pairs.Sort((a, b) => largest ? b.Value.CompareTo(a.Value) : a.Value.CompareTo(b.Value));
        }

        if (exit == IterationExit.NonFinite)
        {
            var nan = Enumerable.Repeat(double.NaN, pairs.Count).ToArray();
            return new SpectrumEstimate(nan, null, (double[])nan.Clone(), iterations, products, exit);
        }
        return new SpectrumEstimate(
            pairs.Select(pair => pair.Value).ToArray(),
            options.ComputeEigenvectors ? pairs.Select(pair => pair.Vector).ToArray() : null,
            pairs.Select(pair => pair.Residual).ToArray(),
            iterations, products, exit);
    }

    private static SpectrumEstimate WithoutVectorsUnlessRequested(SpectrumEstimate estimate, LanczosOptions options)
    {
        if (options.ComputeEigenvectors || estimate.Eigenvectors is null)
            return estimate;
        return new SpectrumEstimate(estimate.Eigenvalues.ToArray(), null, estimate.Residuals.ToArray(), estimate.Iterations, estimate.ProductCount, estimate.Exit);
    }
}
