namespace NeuronTopology.Training;

/// <summary>η_t = η₀ · γ^⌊t / stepSize⌋, PyTorch's <c>StepLR</c>.</summary>
internal sealed class StepSchedule : LearningRateSchedule
{
    private readonly int _stepSize;
    private readonly double _gamma;

    public StepSchedule(int stepSize, double gamma)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stepSize);
        HyperparameterChecks.RequireNonNegative(gamma, nameof(gamma));
        _stepSize = stepSize;
        _gamma = gamma;
    }

    private protected override double Evaluate(double initialLearningRate, int step) =>
        initialLearningRate * Math.Pow(_gamma, step / _stepSize);

    public override string ToString() => $"step(size {_stepSize}, gamma {_gamma})";
}
