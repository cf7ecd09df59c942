namespace NeuronTopology.Curvature;

/// <summary>
/// One sharpness measurement during training with the thresholds derived from it, for logging per step.
/// </summary>
public sealed record CurvatureMeasurement
{
    /// <summary>Creates a measurement of sharpness K at <paramref name="step"/> under learning rate η and heavy-ball momentum β.</summary>
    /// <param name="step">Training step at which K was measured.</param>
    /// <param name="sharpness">K, the top Hessian eigenvalue; NaN when the measurement failed.</param>
    /// <param name="learningRate">η in use at that step.</param>
    /// <param name="momentum">Heavy-ball momentum β, 0 for plain gradient descent.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="learningRate"/> is not finite and positive, or <paramref name="momentum"/> is outside [0, 1).
    /// </exception>
    public CurvatureMeasurement(long step, double sharpness, double learningRate, double momentum = 0)
    {
        CriticalLearningRate.CheckLearningRate(learningRate);
        CriticalLearningRate.CheckMomentum(momentum);
        Step = step;
        Sharpness = sharpness;
        LearningRate = learningRate;
        Momentum = momentum;
    }

    /// <summary>Training step of the measurement.</summary>
    public long Step { get; }

    /// <summary>Sharpness K.</summary>
    public double Sharpness { get; }

    /// <summary>Learning rate η in use.</summary>
    public double LearningRate { get; }

    /// <summary>Heavy-ball momentum β (0 for gradient descent).</summary>
    public double Momentum { get; }

    /// <summary>Critical learning rate η* = 1/K (+∞ for K ≤ 0).</summary>
    public double CriticalRate => CriticalLearningRate.FromSharpness(Sharpness);

    /// <summary>ηK: below 1 topology is preserved, 1 or more allows breakdown.</summary>
    public double EtaK => LearningRate * Sharpness;

    /// <summary>1 − ηK, the theory's lower bound on the one-step bi-Lipschitz constant L₋ (vacuous when negative).</summary>
    public double ContractionBound => 1 - EtaK;

    /// <summary>Edge-of-stability sharpness 2(1 + β)/η.</summary>
    public double EdgeOfStabilityThreshold => 2 * (1 + Momentum) / LearningRate;

    /// <summary>True when ηK &lt; 1, the topology-preserving phase; false for NaN sharpness.</summary>
    public bool IsTopologyPreserving => EtaK < 1;
}
