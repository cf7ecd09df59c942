namespace NeuronTopology.Training;

/// <summary>Outcome of <see cref="Trainer{T}.Train"/>: how it ended, how far it got and, on divergence, where.</summary>
/// <param name="ExitCondition">How the run ended.</param>
/// <param name="StepsCompleted">Optimizer steps applied in this run.</param>
/// <param name="EpochsCompleted">Epochs whose every batch was applied in this run.</param>
/// <param name="DivergedAtStep">The 1-based trainer step that produced a non-finite value, or null.</param>
/// <param name="LastLoss">Batch loss before the last applied step, or NaN when no step was applied.</param>
/// <param name="Message">One line for people, such as "diverged at step 12: the batch loss is NaN".</param>
public sealed record TrainingResult(
    TrainingExitCondition ExitCondition,
    long StepsCompleted,
    int EpochsCompleted,
    long? DivergedAtStep,
    double LastLoss,
    string Message);
