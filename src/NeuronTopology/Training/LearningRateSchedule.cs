namespace NeuronTopology.Training;

/// <summary>
/// A learning-rate schedule in closed form: the rate at scheduler step t (PyTorch's <c>last_epoch</c>, counted from 0)
/// given the initial rate η₀. The trainer advances t once per epoch or once per step.
/// </summary>
public abstract class LearningRateSchedule
{
    private protected LearningRateSchedule()
    {
    }

    /// <summary>The rate η₀ at every step.</summary>
    public static LearningRateSchedule Constant { get; } = new ConstantSchedule();

    /// <summary>PyTorch's <c>StepLR</c>: η₀ · γ^⌊t / stepSize⌋.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepSize"/> is not positive, or <paramref name="gamma"/> is negative, NaN or ∞.</exception>
    public static LearningRateSchedule Step(int stepSize, double gamma = 0.1) => new StepSchedule(stepSize, gamma);

    /// <summary>PyTorch's <c>CosineAnnealingLR</c> in closed form: η_min + (η₀ − η_min)(1 + cos(π t / T_max)) / 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is not positive, or <paramref name="minimumLearningRate"/> is negative, NaN or ∞.</exception>
    public static LearningRateSchedule Cosine(int maxSteps, double minimumLearningRate = 0.0) => new CosineSchedule(maxSteps, minimumLearningRate);

    /// <summary>PyTorch's <c>LinearLR</c>: η₀ · (s + (e − s) · min(t, T) / T), a linear warmup from factor s to e over T steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startFactor"/> is outside (0, 1], <paramref name="endFactor"/> outside [0, 1], or <paramref name="totalSteps"/> not positive.</exception>
    public static LearningRateSchedule LinearWarmup(int totalSteps = 5, double startFactor = 1.0 / 3.0, double endFactor = 1.0) =>
        new LinearWarmupSchedule(totalSteps, startFactor, endFactor);

    /// <summary>Returns the learning rate at scheduler step <paramref name="step"/> (≥ 0) from the initial rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is negative.</exception>
    public double LearningRateAt(double initialLearningRate, int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        return Evaluate(initialLearningRate, step);
    }

    private protected abstract double Evaluate(double initialLearningRate, int step);
}
