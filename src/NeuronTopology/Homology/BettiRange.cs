namespace NeuronTopology.Homology;

/// <summary>The least and greatest value of one Betti number over a band of scales.</summary>
public readonly record struct BettiRange(int Min, int Max)
{
    /// <inheritdoc/>
    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}–{Max}";
}
