namespace NeuronTopology.Geometry;

/// <summary>Settings of <see cref="BiLipschitz.Compute"/>.</summary>
public sealed record BiLipschitzOptions
{
    /// <summary>Worker threads; 0 (the default) means one per processor. The result does not depend on it.</summary>
    public int Threads { get; init; }

    /// <summary>
    /// Number of pairs with the lowest and with the highest ratio to report, best first; at least 1
    /// (the default: only the pairs that attain L₋ and L₊).
    /// </summary>
    public int ExtremePairCount { get; init; } = 1;

    /// <summary>
    /// The theory's lower bound 1 − ηK on L₋ for one step of a permutation-equivariant rule with
    /// learning rate η at sharpness K, or null to skip the check. Values of 0 or less (ηK ≥ 1) bound nothing.
    /// </summary>
    public double? ContractionBound { get; init; }
}
