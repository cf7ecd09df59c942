namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Enumerates cofacets and facets of a simplex given by its index, computing vertices and diameters on the fly
/// instead of storing the coboundary matrix (Bauer 2021, section 3.2). Also finds apparent pairs: a simplex σ and
/// cofacet τ of equal diameter where τ is the first cofacet of σ and σ the last facet of τ in filtration order,
/// which persistence pairs with zero persistence without any reduction.
/// </summary>
/// <remarks>Instances keep scratch arrays, so each thread uses its own.</remarks>
internal abstract class CoboundaryEnumerator
{
    private readonly float[] _pairDistances;

    protected CoboundaryEnumerator(RipsFiltration filtration, int maxDimension)
    {
        Filtration = filtration;
        Binomial = filtration.Binomial;
        Field = filtration.Field;
        Vertices = new int[maxDimension + 2];
        _pairDistances = new float[(maxDimension + 2) * (maxDimension + 2)];
        Buffer = new DiameterEntry[Math.Max(filtration.VertexCount, 1)];
    }

    protected RipsFiltration Filtration { get; }

    protected BinomialCoefficientTable Binomial { get; }

    protected PrimeField Field { get; }

    /// <summary>Scratch space for the vertices of the current simplex, ascending.</summary>
    protected int[] Vertices { get; }

    /// <summary>Cofacets written by the last call of <see cref="Enumerate"/>.</summary>
    public DiameterEntry[] Buffer { get; }

    /// <summary>
    /// Writes into <see cref="Buffer"/> the cofacets of <paramref name="simplex"/> (of dimension <paramref name="dimension"/>)
    /// with diameter ≤ threshold, in decreasing index order, each with coefficient ±(simplex coefficient) by the sign of
    /// the inserted vertex's position. With <paramref name="onlyAboveTop"/>, only cofacets whose new vertex is larger than
    /// every vertex of the simplex, so that each simplex is generated once from its facet without the top vertex.
    /// Returns the number written.
    /// </summary>
    public abstract int Enumerate(in DiameterEntry simplex, int dimension, bool onlyAboveTop);

    /// <summary>Returns the cofacet with the same diameter and the largest index, or <see cref="DiameterEntry.None"/>.</summary>
    public abstract DiameterEntry ZeroPivotCofacet(in DiameterEntry simplex, int dimension);

    /// <summary>Returns the facet with the same diameter and the smallest index, or <see cref="DiameterEntry.None"/>.</summary>
    public DiameterEntry ZeroPivotFacet(in DiameterEntry simplex, int dimension)
    {
        if (dimension == 0)
            return DiameterEntry.None;
        int size = dimension + 1;
        Span<int> vertices = Vertices.AsSpan(0, size);
        Binomial.Vertices(simplex.Index, Filtration.VertexCount - 1, vertices);
        for (int a = 0; a < size; a++)
        {
            for (int b = 0; b < a; b++)
                _pairDistances[a * size + b] = Filtration.Distance(vertices[a], vertices[b]);
        }

        // Facets come in increasing index order: first without the largest vertex, then without smaller ones.
        long below = simplex.Index;
        long above = 0;
        for (int k = dimension; k >= 0; k--)
        {
            int vertex = vertices[k];
            long facetIndex = above - Binomial[vertex, k + 1] + below;
            below -= Binomial[vertex, k + 1];
            above += Binomial[vertex, k];
            if (FacetDiameter(size, k) == simplex.Diameter)
            {
                int coefficient = (k & 1) == 1 ? Field.Negate(simplex.Coefficient) : simplex.Coefficient;
                return new DiameterEntry(facetIndex, simplex.Diameter, coefficient);
            }
        }
        return DiameterEntry.None;
    }

    /// <summary>Returns the cofacet τ when (simplex, τ) is an apparent pair of zero persistence, else none.</summary>
    public DiameterEntry ZeroApparentCofacet(in DiameterEntry simplex, int dimension)
    {
        DiameterEntry cofacet = ZeroPivotCofacet(simplex, dimension);
        if (cofacet.IsNone || ZeroPivotFacet(cofacet, dimension + 1).Index != simplex.Index)
            return DiameterEntry.None;
        return cofacet;
    }

    /// <summary>Returns the facet σ when (σ, simplex) is an apparent pair of zero persistence, else none.</summary>
    public DiameterEntry ZeroApparentFacet(in DiameterEntry simplex, int dimension)
    {
        DiameterEntry facet = ZeroPivotFacet(simplex, dimension);
        if (facet.IsNone || ZeroPivotCofacet(facet, dimension - 1).Index != simplex.Index)
            return DiameterEntry.None;
        return facet;
    }

    public bool IsInZeroApparentPair(in DiameterEntry simplex, int dimension)
        => !ZeroApparentCofacet(simplex, dimension).IsNone || !ZeroApparentFacet(simplex, dimension).IsNone;

    private float FacetDiameter(int size, int omitted)
    {
        float diameter = 0;
        for (int a = 0; a < size; a++)
        {
            if (a == omitted)
                continue;
            for (int b = 0; b < a; b++)
            {
                if (b != omitted)
                    diameter = Math.Max(diameter, _pairDistances[a * size + b]);
            }
        }
        return diameter;
    }
}
