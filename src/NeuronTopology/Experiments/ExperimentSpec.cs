namespace NeuronTopology.Experiments;

/// <summary>
/// A complete description of one training run: the model, data, initial neuron shape, loss, optimizer,
/// schedule, length, seed, precision and recording cadence. Read from JSON by <see cref="ExperimentSpecReader"/>
/// or taken from <see cref="Presets"/>.
/// </summary>
/// <param name="Name">Short identifier; run directories are named after it.</param>
/// <param name="Description">What the run reproduces, one line.</param>
/// <param name="Loss">mse (mean over all elements) or cross-entropy (softmax, integer targets, mean).</param>
/// <param name="Epochs">Passes over the training set.</param>
/// <param name="BatchSize">Mini-batch size; the last batch of an epoch is kept even when partial.</param>
/// <param name="Seed">Seeds data, initial shape and batch order.</param>
/// <param name="Precision">float64 or float32 arithmetic for training.</param>
public sealed record ExperimentSpec(
    string Name,
    string Description,
    ModelSpec Model,
    DataSpec Data,
    InitialShapeSpec InitialShape,
    string Loss,
    OptimizerSpec Optimizer,
    ScheduleSpec Schedule,
    int Epochs,
    int BatchSize,
    ulong Seed,
    string Precision,
    RecordSpec Record)
{
    /// <summary>Loss names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Losses = ["mse", "cross-entropy"];

    /// <summary>Precision names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Precisions = ["float64", "float32"];
}
