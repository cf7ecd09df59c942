namespace NeuronTopology.Experiments;

/// <summary>Learning-rate schedule over optimizer steps, with PyTorch's meanings.</summary>
/// <param name="Kind">constant, step (×<paramref name="Gamma"/> every <paramref name="StepSize"/> steps), cosine (to 0 over the run) or warmup (linear from 0 over <paramref name="WarmupSteps"/>).</param>
public sealed record ScheduleSpec(string Kind = "constant", int StepSize = 1000, double Gamma = 0.1, int WarmupSteps = 100)
{
    /// <summary>Schedule names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["constant", "step", "cosine", "warmup"];

    /// <summary>The constant schedule.</summary>
    public static ScheduleSpec Constant { get; } = new();
}
