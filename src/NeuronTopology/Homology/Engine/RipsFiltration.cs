namespace NeuronTopology.Homology.Engine;

/// <summary>
/// The Vietoris–Rips filtration of a finite metric space up to a threshold: each simplex enters at its diameter,
/// the largest distance between two of its vertices, and simplices with diameter above the threshold are left out.
/// Distances are 32-bit floats, as in Ripser.
/// </summary>
internal abstract class RipsFiltration
{
    protected RipsFiltration(int vertexCount, float threshold, BinomialCoefficientTable binomial, PrimeField field)
    {
        VertexCount = vertexCount;
        Threshold = threshold;
        Binomial = binomial;
        Field = field;
    }

    public int VertexCount { get; }

    /// <summary>Largest diameter included.</summary>
    public float Threshold { get; }

    public BinomialCoefficientTable Binomial { get; }

    public PrimeField Field { get; }

    /// <summary>Returns d(i, j) for i ≠ j, or +∞ when the edge is absent or longer than the threshold.</summary>
    public abstract float Distance(int i, int j);

    /// <summary>Returns every edge with length ≤ <see cref="Threshold"/>; edge {i &gt; j} has index C(i, 2) + j.</summary>
    public abstract DiameterIndex[] Edges();

    /// <summary>Creates an enumerator with its own scratch space; each thread needs its own.</summary>
    public abstract CoboundaryEnumerator CreateEnumerator(int maxDimension);

    /// <summary>Approximate bytes held by the distance storage.</summary>
    public abstract long StorageBytes { get; }
}
