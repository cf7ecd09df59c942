namespace NeuronTopology.Experiments;

/// <summary>The outcome of one run: how it ended, what it measured and where the files are.</summary>
public sealed class RunResult
{
    /// <summary>The spec that ran.</summary>
    public required ExperimentSpec Spec { get; init; }

    /// <summary>The run directory.</summary>
    public required RunDirectory Directory { get; init; }

    /// <summary>How the run ended.</summary>
    public required RunStatus Status { get; init; }

    /// <summary>Optimizer steps taken (the last finite state after a divergence).</summary>
    public required long Steps { get; init; }

    /// <summary>Steps a complete run takes.</summary>
    public required long TotalSteps { get; init; }

    /// <summary>Step whose update became non-finite, when <see cref="Status"/> is <see cref="RunStatus.Diverged"/>.</summary>
    public long? DivergedAtStep { get; init; }

    /// <summary>All measurements, in step order.</summary>
    public required IReadOnlyList<MetricsRow> Rows { get; init; }

    /// <summary>Steps that have a neuron snapshot.</summary>
    public required IReadOnlyList<long> SnapshotSteps { get; init; }

    /// <summary>The verdict over the whole run; null when interrupted.</summary>
    public RunVerdict? Verdict { get; init; }

    /// <summary>Wall-clock time of this invocation (not counting earlier, interrupted ones).</summary>
    public TimeSpan Elapsed { get; init; }
}
