namespace NeuronTopology.Homology;

/// <summary>A Betti number that changed robustly: its ranges over the band before and after do not overlap.</summary>
/// <param name="Dimension">The homology dimension d of b_d.</param>
/// <param name="Before">The range of b_d in the earlier diagram.</param>
/// <param name="After">The range of b_d in the later diagram.</param>
public sealed record BettiChange(int Dimension, BettiRange Before, BettiRange After);
