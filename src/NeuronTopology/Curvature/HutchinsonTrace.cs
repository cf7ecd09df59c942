using System.Numerics.Tensors;

namespace NeuronTopology.Curvature;

/// <summary>
/// Hutchinson's trace estimator (Hutchinson 1990): for z with independent ±1 entries, E[zᵀHz] = tr(H), and
/// the variance of one sample is 2 Σ_{i≠j} h_ij², so a diagonal H is estimated exactly by every probe.
/// </summary>
public static class HutchinsonTrace
{
    /// <summary>Estimates tr(<paramref name="hessian"/>) from seeded Rademacher probes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hessian"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator has dimension 0, or an option is out of range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TraceEstimate Estimate(IHessianOperator hessian, HutchinsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hessian);
        options ??= new HutchinsonOptions();
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(hessian.Dimension, 1, nameof(hessian));

        var random = new Random(options.Seed);
        var probe = new double[hessian.Dimension];
        var product = new double[hessian.Dimension];

        // Welford's running mean and sum of squared deviations keep the variance accurate for many probes.
        double mean = 0, squaredDeviations = 0;
        for (int probes = 1; probes <= options.MaxProbes; probes++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            RandomVectors.FillRademacher(random, probe);
            hessian.Multiply(probe, product);
            double sample = TensorPrimitives.Dot(probe, product);
            if (!double.IsFinite(sample))
                return new TraceEstimate(double.NaN, double.NaN, probes, IterationExit.NonFinite);

            double delta = sample - mean;
            mean += delta / probes;
            squaredDeviations += delta * (sample - mean);

            if (probes < 2)
                continue;
            double standardError = Math.Sqrt(squaredDeviations / (probes - 1) / probes);
            bool converged = probes >= options.MinProbes && standardError <= options.RelativeStandardError * Math.Abs(mean);
            if (converged || probes == options.MaxProbes)
                return new TraceEstimate(mean, standardError, probes, converged ? IterationExit.Converged : IterationExit.IterationLimit);
        }

        throw new InvalidOperationException("Unreachable: the loop returns at its last probe.");
    }
}
