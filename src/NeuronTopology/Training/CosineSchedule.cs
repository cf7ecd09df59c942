namespace NeuronTopology.Training;

/// <summary>η_t = η_min + (η₀ − η_min)(1 + cos(π t / T_max)) / 2, the closed form of PyTorch's <c>CosineAnnealingLR</c>.</summary>
/// <remarks>Past T_max the cosine continues, so the rate rises again, as PyTorch's closed form does.</remarks>
internal sealed class CosineSchedule : LearningRateSchedule
{
    private readonly int _maxSteps;
    private readonly double _minimumLearningRate;

    public CosineSchedule(int maxSteps, double minimumLearningRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        HyperparameterChecks.RequireNonNegative(minimumLearningRate, nameof(minimumLearningRate));
        _maxSteps = maxSteps;
        _minimumLearningRate = minimumLearningRate;
    }

    private protected override double Evaluate(double initialLearningRate, int step) =>
        _minimumLearningRate + (initialLearningRate - _minimumLearningRate) * (1.0 + Math.Cos(Math.PI * step / _maxSteps)) / 2.0;

    public override string ToString() => $"cosine(T_max {_maxSteps}, eta_min {_minimumLearningRate})";
}
