namespace NeuronTopology.Curvature;

/// <summary>How an iterative curvature computation ended.</summary>
public enum IterationExit
{
    /// <summary>The convergence criterion of the method was met.</summary>
    Converged,

    /// <summary>The iteration or probe limit was reached first; the result is the last estimate.</summary>
    IterationLimit,

    /// <summary>An operator product contained NaN or ±∞; the estimate is NaN.</summary>
    NonFinite,
}
