namespace NeuronTopology.Training;

/// <summary>One-line checks of optimizer and schedule hyperparameters, naming the parameter and its value.</summary>
internal static class HyperparameterChecks
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative, NaN or ∞.</exception>
    public static void RequireNonNegative(double value, string name)
    {
        if (!(value >= 0.0) || double.IsPositiveInfinity(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number ≥ 0.");
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1) or NaN.</exception>
    public static void RequireUnitInterval(double value, string name)
    {
        if (!(value >= 0.0 && value < 1.0))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1).");
    }

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1] or NaN.</exception>
    public static void RequireClosedUnitInterval(double value, string name)
    {
        if (!(value >= 0.0 && value <= 1.0))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1].");
    }
}
