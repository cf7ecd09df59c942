namespace NeuronTopology.Training;

/// <summary>When the trainer advances the learning-rate schedule, as calling PyTorch's <c>scheduler.step()</c> would.</summary>
public enum ScheduleUnit
{
    /// <summary>Once per epoch: every step of epoch e uses the rate at schedule step e.</summary>
    Epoch,

    /// <summary>Once per optimizer step: step n (1-based) uses the rate at schedule step n − 1.</summary>
    Step,
}
