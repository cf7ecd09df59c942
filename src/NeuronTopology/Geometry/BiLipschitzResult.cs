namespace NeuronTopology.Geometry;

/// <summary>
/// Bi-Lipschitz constants of the map θᵢ ↦ θ′ᵢ between two clouds of the same neurons:
/// L₋ = min and L₊ = max over pairs i &lt; j with θᵢ ≠ θⱼ of ‖θ′ᵢ − θ′ⱼ‖ / ‖θᵢ − θⱼ‖.
/// </summary>
/// <remarks>
/// Pairs that coincide in the first cloud have no ratio: they are counted in
/// <see cref="CoincidentPairCount"/> and left out of L₋ and L₊. When no pair has a ratio (fewer than
/// two neurons, or all coincide), both constants and the distortion are NaN and the pairs are null.
/// </remarks>
public sealed class BiLipschitzResult
{
    internal BiLipschitzResult(
        int neuronCount,
        int dimension,
        IReadOnlyList<NeuronPair> lowestPairs,
        IReadOnlyList<NeuronPair> highestPairs,
        long coincidentPairCount,
        NeuronPair? coincidentExample,
        long separatedCoincidentPairCount,
        NeuronPair? separatedCoincidentExample,
        double? contractionBound)
    {
        NeuronCount = neuronCount;
        Dimension = dimension;
        LowestPairs = lowestPairs;
        HighestPairs = highestPairs;
        CoincidentPairCount = coincidentPairCount;
        CoincidentExample = coincidentExample;
        SeparatedCoincidentPairCount = separatedCoincidentPairCount;
        SeparatedCoincidentExample = separatedCoincidentExample;
        ContractionBound = contractionBound;
    }

    /// <summary>Number of neurons n in each cloud.</summary>
    public int NeuronCount { get; }

    /// <summary>Dimension of each neuron.</summary>
    public int Dimension { get; }

    /// <summary>Number of pairs i &lt; j, n(n − 1)/2.</summary>
    public long PairCount => (long)NeuronCount * (NeuronCount - 1) / 2;

    /// <summary>The lower constant L₋; 0 when two distinct neurons land on one point; NaN when no pair has a ratio.</summary>
    public double LowerConstant => LowerPair?.Ratio ?? double.NaN;

    /// <summary>The upper constant L₊; NaN when no pair has a ratio.</summary>
    public double UpperConstant => UpperPair?.Ratio ?? double.NaN;

    /// <summary>The distortion D = L₊ / L₋; +∞ when L₋ = 0; NaN when no pair has a ratio.</summary>
    public double Distortion => LowerConstant == 0 ? double.PositiveInfinity : UpperConstant / LowerConstant;

    /// <summary>The pair that attains L₋ (the smallest (i, j) among ties), or null.</summary>
    public NeuronPair? LowerPair => LowestPairs.Count > 0 ? LowestPairs[0] : null;

    /// <summary>The pair that attains L₊ (the smallest (i, j) among ties), or null.</summary>
    public NeuronPair? UpperPair => HighestPairs.Count > 0 ? HighestPairs[0] : null;

    /// <summary>Pairs with the lowest ratios, lowest first, as many as <see cref="BiLipschitzOptions.ExtremePairCount"/>.</summary>
    public IReadOnlyList<NeuronPair> LowestPairs { get; }

    /// <summary>Pairs with the highest ratios, highest first, as many as <see cref="BiLipschitzOptions.ExtremePairCount"/>.</summary>
    public IReadOnlyList<NeuronPair> HighestPairs { get; }

    /// <summary>Number of pairs at distance 0 in the first cloud, which have no ratio.</summary>
    public long CoincidentPairCount { get; }

    /// <summary>The coincident pair with the smallest (i, j), or null when there is none.</summary>
    public NeuronPair? CoincidentExample { get; }

    /// <summary>
    /// Number of pairs at distance 0 in the first cloud that are apart in the second: the map has no inverse on
    /// them (one point went to two), a tear that no ratio can show.
    /// </summary>
    public long SeparatedCoincidentPairCount { get; }

    /// <summary>The separated coincident pair with the smallest (i, j), or null when there is none.</summary>
    public NeuronPair? SeparatedCoincidentExample { get; }

    /// <summary>The bound 1 − ηK the caller passed, or null.</summary>
    public double? ContractionBound { get; }

    /// <summary>
    /// Whether L₋ ≥ 1 − ηK, as the theory requires for one step below the critical learning rate, up to
    /// a relative 1e-11 of the bound for the rounding of the computed ratio. Null when no bound was
    /// passed or L₋ is NaN.
    /// </summary>
    public bool? SatisfiesContractionBound =>
        ContractionBound is not { } bound || double.IsNaN(LowerConstant)
            ? null
            : LowerConstant >= bound - BoundTolerance * Math.Abs(bound);

    private const double BoundTolerance = 1e-11;
}
