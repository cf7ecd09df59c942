namespace NeuronTopology.Training.Data;

/// <summary>How the target columns of a table are read.</summary>
public enum TargetKind
{
    /// <summary>Real-valued targets, one model output per target column.</summary>
    Regression,

    /// <summary>One column of non-negative integer class labels.</summary>
    ClassLabels,
}
