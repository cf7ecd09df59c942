namespace NeuronTopology.Training;

/// <summary>η_t = η₀ · (s + (e − s) · min(t, T) / T), PyTorch's <c>LinearLR</c>.</summary>
internal sealed class LinearWarmupSchedule : LearningRateSchedule
{
    private readonly int _totalSteps;
    private readonly double _startFactor;
    private readonly double _endFactor;

    public LinearWarmupSchedule(int totalSteps, double startFactor, double endFactor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(totalSteps);
        if (!(startFactor > 0.0 && startFactor <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(startFactor), startFactor, "startFactor must be in (0, 1].");
        HyperparameterChecks.RequireClosedUnitInterval(endFactor, nameof(endFactor));
        _totalSteps = totalSteps;
        _startFactor = startFactor;
        _endFactor = endFactor;
    }

    private protected override double Evaluate(double initialLearningRate, int step) =>
        initialLearningRate * (_startFactor + (_endFactor - _startFactor) * Math.Min(step, _totalSteps) / _totalSteps);

    public override string ToString() => $"linear warmup({_totalSteps} steps, {_startFactor} → {_endFactor})";
}
