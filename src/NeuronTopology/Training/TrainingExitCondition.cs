namespace NeuronTopology.Training;

/// <summary>How a training run ended.</summary>
public enum TrainingExitCondition
{
    /// <summary>Every requested epoch (or the step limit) ran.</summary>
    Completed,

    /// <summary>The batch loss, the gradient or a parameter became NaN or ∞. The parameters are the last finite ones.</summary>
    Diverged,

    /// <summary>The per-step callback asked to stop.</summary>
    Stopped,

    /// <summary>The cancellation token was cancelled between steps.</summary>
    Cancelled,
}
