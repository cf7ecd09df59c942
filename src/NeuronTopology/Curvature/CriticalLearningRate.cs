namespace NeuronTopology.Curvature;

/// <summary>
/// The learning-rate thresholds of the topology theory and of the edge of stability. Below η* = 1/K the
/// update of a permutation-equivariant rule is bi-Lipschitz with lower constant at least 1 − ηK, so no two
/// neurons meet (Yang, Poggio, Chuang and Ziyin, arXiv 2510.02670). Gradient descent drives K towards 2/η and
/// heavy-ball momentum with parameter β towards 2(1 + β)/η (Cohen et al., "Gradient Descent on Neural Networks
/// Typically Occurs at the Edge of Stability", ICLR 2021).
/// </summary>
public static class CriticalLearningRate
{
    /// <summary>
    /// Computes η* = 1/K. A sharpness K ≤ 0 puts no upper limit on the learning rate, so the result is +∞;
    /// a NaN sharpness gives NaN.
    /// </summary>
    public static double FromSharpness(double sharpness) => sharpness > 0 ? 1.0 / sharpness : double.IsNaN(sharpness) ? double.NaN : double.PositiveInfinity;

    /// <summary>Computes ηK: below 1 the topology-preserving phase, 1 or more the phase where neurons may merge.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public static double EtaK(double learningRate, double sharpness)
    {
        CheckLearningRate(learningRate);
        return learningRate * sharpness;
    }

    /// <summary>
    /// Computes the edge-of-stability sharpness 2(1 + β)/η: 2/η for gradient descent (β = 0), 2(1 + β)/η for
    /// heavy-ball momentum with parameter β.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="learningRate"/> is not finite and positive, or <paramref name="momentum"/> is outside [0, 1).
    /// </exception>
    public static double EdgeOfStabilityThreshold(double learningRate, double momentum = 0)
    {
        CheckLearningRate(learningRate);
        CheckMomentum(momentum);
        return 2 * (1 + momentum) / learningRate;
    }

    /// <summary>
    /// Computes the stability threshold of the preconditioned sharpness λ₁(P⁻¹H) for Adam with first-moment
    /// parameter β₁, (2 + 2β₁) / ((1 − β₁)η), which is 38/η for β₁ = 0.9 (Cohen et al., "Adaptive Gradient Methods
    /// at the Edge of Stability", arXiv 2207.14484).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="learningRate"/> is not finite and positive, or <paramref name="beta1"/> is outside [0, 1).
    /// </exception>
    public static double AdaptiveEdgeOfStabilityThreshold(double learningRate, double beta1 = 0.9)
    {
        CheckLearningRate(learningRate);
        if (!(beta1 >= 0 && beta1 < 1))
            throw new ArgumentOutOfRangeException(nameof(beta1), beta1, "β₁ must be in [0, 1).");
        return (2 + 2 * beta1) / ((1 - beta1) * learningRate);
    }

    /// <summary>
    /// Finds the first step of <paramref name="series"/> (in the given order) at which ηK reaches 1 for the
    /// learning rate <paramref name="learningRate"/>, or null when it stays below 1. NaN sharpness never counts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is not finite and positive.</exception>
    public static long? FirstBreakdownStep(IEnumerable<(long Step, double Sharpness)> series, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(series);
        CheckLearningRate(learningRate);
        foreach (var (step, sharpness) in series)
        {
            if (learningRate * sharpness >= 1)
                return step;
        }
        return null;
    }

    /// <summary>
    /// Finds the first measurement at which ηK reaches 1, each with its own learning rate (for schedules), or
    /// null when none does.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> is null.</exception>
    public static CurvatureMeasurement? FirstBreakdown(IEnumerable<CurvatureMeasurement> measurements)
    {
        ArgumentNullException.ThrowIfNull(measurements);
        foreach (var measurement in measurements)
        {
            if (measurement.EtaK >= 1)
                return measurement;
        }
        return null;
    }

    internal static void CheckLearningRate(double learningRate)
    {
        if (!double.IsFinite(learningRate) || learningRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be finite and positive.");
    }

    internal static void CheckMomentum(double momentum)
    {
        if (!(momentum >= 0 && momentum < 1))
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "The momentum parameter must be in [0, 1).");
    }
}
