namespace NeuronTopology.Geometry;

/// <summary>Whether a run kept the topology of its neuron cloud, and if not, how it broke.</summary>
public enum VerdictKind
{
    /// <summary>No snapshot shows a fold, merge or tear: the map from the first cloud stays bi-Lipschitz within the limit.</summary>
    Preserved,

    /// <summary>Neighbours separated: a pair of near neighbours in the first cloud stretched far beyond the typical stretch.</summary>
    Torn,

    /// <summary>Neurons passed through each other: a pair shrank far below the typical stretch but stayed apart.</summary>
    Folded,

    /// <summary>Neurons landed on each other: the pair that shrank most ended closer than the merge fraction of a neighbour spacing.</summary>
    Merged,
}
