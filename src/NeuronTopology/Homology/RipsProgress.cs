namespace NeuronTopology.Homology;

/// <summary>Stage of a Vietoris–Rips persistence computation.</summary>
public enum RipsStage
{
    /// <summary>Union-find over the edges, giving the 0-dimensional intervals.</summary>
    ZeroDimensional,

    /// <summary>Reduction of the coboundary columns of <see cref="RipsProgress.Dimension"/>.</summary>
    Reduction,

    /// <summary>Listing the simplices and columns of <see cref="RipsProgress.Dimension"/> from those one dimension lower.</summary>
    Assembly,
}

/// <summary>Report sent when a stage starts.</summary>
/// <param name="Stage">The stage starting.</param>
/// <param name="Dimension">Homology dimension the stage works on.</param>
/// <param name="Items">Edges for <see cref="RipsStage.ZeroDimensional"/>, columns for <see cref="RipsStage.Reduction"/>,
/// simplices one dimension lower for <see cref="RipsStage.Assembly"/>.</param>
public readonly record struct RipsProgress(RipsStage Stage, int Dimension, long Items);
