namespace NeuronTopology.Homology;

/// <summary>Settings of a Vietoris–Rips persistence computation.</summary>
public sealed record RipsOptions
{
    /// <summary>Highest homology dimension k to compute (barcodes in dimensions 0..k).</summary>
    public int MaxDimension { get; init; } = 1;

    /// <summary>Largest edge length in the filtration; null means the enclosing radius, as Ripser's default.</summary>
    public double? Threshold { get; init; }

    /// <summary>Prime p of the coefficient field Z/p.</summary>
    public int Modulus { get; init; } = 2;

    /// <summary>Worker threads; 0 means <see cref="Environment.ProcessorCount"/>.</summary>
    public int Threads { get; init; }
}
