namespace NeuronTopology.Experiments;

/// <summary>Which optimizer steps of a run are measured, snapshotted and checkpointed.</summary>
internal sealed class RunCadence
{
    private readonly long _measureEvery;
    private readonly long _topologyEvery;
    private readonly long _snapshotEvery;
    private readonly long _checkpointEvery;

    public RunCadence(ExperimentSpec spec, int trainCount)
    {
        StepsPerEpoch = (trainCount + spec.BatchSize - 1) / spec.BatchSize;
        TotalSteps = (long)StepsPerEpoch * spec.Epochs;
        _measureEvery = spec.Record.MeasureEvery > 0 ? spec.Record.MeasureEvery : StepsPerEpoch;
        _topologyEvery = spec.Record.TopologyEvery;
        _snapshotEvery = spec.Record.SnapshotEvery > 0 ? spec.Record.SnapshotEvery : StepsPerEpoch;
        _checkpointEvery = spec.Record.CheckpointEvery > 0 ? spec.Record.CheckpointEvery : StepsPerEpoch;
    }

    public int StepsPerEpoch { get; }

    public long TotalSteps { get; }

    /// <summary>Epoch of <paramref name="step"/>, from 1; 0 for the initial state.</summary>
    public int EpochOf(long step) => step == 0 ? 0 : (int)((step - 1) / StepsPerEpoch) + 1;

    /// <summary>Whether losses, sharpness and the step-to-step constants are measured after <paramref name="step"/>; every topology step is measured too.</summary>
    public bool IsMeasured(long step) => step == 0 || step == TotalSteps || step % _measureEvery == 0 || IsTopology(step);

    public bool IsTopology(long step) => step == 0 || step == TotalSteps || (_topologyEvery > 0 && step % _topologyEvery == 0);

    public bool IsSnapshot(long step) => step == 0 || step == TotalSteps || step % _snapshotEvery == 0;

    public bool IsCheckpoint(long step) => step % _checkpointEvery == 0 && step != TotalSteps;
}
