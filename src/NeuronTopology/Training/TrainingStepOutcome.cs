namespace NeuronTopology.Training;

/// <summary>Result of one <see cref="Trainer{T}.Step"/>.</summary>
public enum TrainingStepOutcome
{
    /// <summary>The update was applied and every parameter is finite.</summary>
    Applied,

    /// <summary>The batch loss was NaN or ∞, so no update was made.</summary>
    NonFiniteLoss,

    /// <summary>The gradient had a NaN or ∞ entry, so no update was made.</summary>
    NonFiniteGradient,

    /// <summary>The update made a parameter NaN or ∞, so the parameters and the optimizer state were rolled back.</summary>
    NonFiniteParameter,
}
