namespace NeuronTopology.Training;

/// <summary>Settings of a <see cref="Trainer{T}"/>.</summary>
public sealed record TrainerOptions
{
    /// <summary>Learning-rate schedule applied to the optimizer's initial rate, constant by default.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Whether the schedule advances per epoch (PyTorch's usual loop) or per step.</summary>
    public ScheduleUnit ScheduleUnit { get; init; } = ScheduleUnit.Epoch;

    /// <summary>Worker threads for the matrix products, or 0 for all processors. Results are reproducible for a given count.</summary>
    public int Threads { get; init; }

    /// <summary>Stop after this many steps in one <see cref="Trainer{T}.Train"/> call, or never when null.</summary>
    public long? MaxSteps { get; init; }
}
