namespace NeuronTopology.Experiments;

/// <summary>How a run ended.</summary>
public enum RunStatus
{
    /// <summary>All epochs ran.</summary>
    Completed,

    /// <summary>The loss or a parameter became non-finite; everything up to the last finite state is kept.</summary>
    Diverged,

    /// <summary>Cancelled; a checkpoint at the last step taken allows resuming.</summary>
    Interrupted,
}
