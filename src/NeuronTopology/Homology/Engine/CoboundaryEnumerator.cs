namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Enumerates cofacets and facets of a simplex given by its index, computing vertices and diameters on the fly
/// instead of storing the coboundary matrix, as Ripser does (Bauer 2021). Also finds apparent pairs: a simplex σ and
/// cofacet τ of equal diameter where τ is the first cofacet of σ and σ the last facet of τ in filtration order.
/// Persistence pairs them with zero persistence without any reduction.
/// </summary>
/// <remarks>Instances keep scratch arrays, so each thread uses its own.</remarks>
internal abstract class CoboundaryEnumerator
{
    private readonly float[] _pairDistances;
    private readonly int[] _decoded;
    private readonly int[] _neighborVertices;

    protected CoboundaryEnumerator(RipsFiltration filtration, int maxDimension)
    {
        Filtration = filtration;
        Binomial = filtration.Binomial;
        Field = filtration.Field;
        // Apparent-pair checks look one dimension above the top columns, which have dimension maxDimension + 1.
        int maxVertices = maxDimension + 3;
        Vertices = new int[maxVertices];
        _decoded = new int[maxVertices];
        _neighborVertices = new int[maxVertices];
        _pairDistances = new float[maxVertices * maxVertices];
        Buffer = new DiameterEntry[Math.Max(filtration.VertexCount, 1)];
        InsertedVertices = new int[Buffer.Length];
    }

    protected RipsFiltration Filtration { get; }

    protected BinomialCoefficientTable Binomial { get; }

    protected PrimeField Field { get; }

    /// <summary>Vertices, ascending, of the simplex given to the last call of <see cref="Enumerate"/>.</summary>
    public int[] Vertices { get; }

    /// <summary>Cofacets written by the last call of <see cref="Enumerate"/>.</summary>
    public DiameterEntry[] Buffer { get; }

    /// <summary>For each cofacet in <see cref="Buffer"/>, the vertex added to the simplex.</summary>
    public int[] InsertedVertices { get; }

    /// <summary>
    /// Writes into <see cref="Buffer"/> the cofacets of <paramref name="simplex"/> (of dimension <paramref name="dimension"/>)
    /// with diameter ≤ threshold, in decreasing index order, each with coefficient ±(simplex coefficient) by the sign of
    /// the inserted vertex's position. With <paramref name="onlyAboveTop"/>, only cofacets whose new vertex is larger than
    /// every vertex of the simplex, so that each simplex is generated once from its facet without the top vertex.
    /// Returns the number written.
    /// </summary>
    public int Enumerate(in DiameterEntry simplex, int dimension, bool onlyAboveTop)
    {
        Span<int> vertices = Vertices.AsSpan(0, dimension + 1);
        Binomial.Vertices(simplex.Index, Filtration.VertexCount - 1, vertices);
        return EnumerateCofacets(simplex, vertices, onlyAboveTop);
    }

    /// <summary>Returns the cofacet with the same diameter and the largest index, or <see cref="DiameterEntry.None"/>.</summary>
    public DiameterEntry ZeroPivotCofacet(in DiameterEntry simplex, int dimension)
        => FindZeroPivotCofacet(simplex, Decode(simplex, dimension), out _);

    /// <summary>Returns the facet with the same diameter and the smallest index, or <see cref="DiameterEntry.None"/>.</summary>
    public DiameterEntry ZeroPivotFacet(in DiameterEntry simplex, int dimension)
        => FindZeroPivotFacet(simplex, Decode(simplex, dimension), out _);

    /// <summary>Returns the cofacet τ when (simplex, τ) is an apparent pair of zero persistence, else none.</summary>
    public DiameterEntry ZeroApparentCofacet(in DiameterEntry simplex, int dimension)
        => ApparentCofacet(simplex, Decode(simplex, dimension));

    /// <summary>Returns the facet σ when (σ, simplex) is an apparent pair of zero persistence, else none.</summary>
    public DiameterEntry ZeroApparentFacet(in DiameterEntry simplex, int dimension)
        => ApparentFacet(simplex, Decode(simplex, dimension));

    /// <summary>Returns true when the simplex with ascending <paramref name="vertices"/> is in an apparent pair, as facet or cofacet.</summary>
    public bool IsInZeroApparentPair(in DiameterEntry simplex, ReadOnlySpan<int> vertices)
        => !ApparentCofacet(simplex, vertices).IsNone || !ApparentFacet(simplex, vertices).IsNone;

    /// <summary>Fills <see cref="Buffer"/> and <see cref="InsertedVertices"/> as <see cref="Enumerate"/> describes.</summary>
    protected abstract int EnumerateCofacets(in DiameterEntry simplex, ReadOnlySpan<int> vertices, bool onlyAboveTop);

    /// <summary>Returns the first cofacet in decreasing index order with the simplex's diameter, and its added vertex.</summary>
    protected abstract DiameterEntry FindZeroPivotCofacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices, out int insertedVertex);

    private ReadOnlySpan<int> Decode(in DiameterEntry simplex, int dimension)
    {
        Span<int> vertices = _decoded.AsSpan(0, dimension + 1);
        Binomial.Vertices(simplex.Index, Filtration.VertexCount - 1, vertices);
        return vertices;
    }

    private DiameterEntry ApparentCofacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices)
    {
        DiameterEntry cofacet = FindZeroPivotCofacet(simplex, vertices, out int inserted);
        if (cofacet.IsNone)
            return DiameterEntry.None;

        Span<int> cofacetVertices = _neighborVertices.AsSpan(0, vertices.Length + 1);
        int position = 0;
        while (position < vertices.Length && vertices[position] < inserted)
        {
            cofacetVertices[position] = vertices[position];
            position++;
        }
        cofacetVertices[position] = inserted;
        vertices[position..].CopyTo(cofacetVertices[(position + 1)..]);

        return FindZeroPivotFacet(cofacet, cofacetVertices, out _).Index == simplex.Index ? cofacet : DiameterEntry.None;
    }

    private DiameterEntry ApparentFacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices)
    {
        DiameterEntry facet = FindZeroPivotFacet(simplex, vertices, out int omitted);
        if (facet.IsNone)
            return DiameterEntry.None;

        Span<int> facetVertices = _neighborVertices.AsSpan(0, vertices.Length - 1);
        vertices[..omitted].CopyTo(facetVertices);
        vertices[(omitted + 1)..].CopyTo(facetVertices[omitted..]);

        return FindZeroPivotCofacet(facet, facetVertices, out _).Index == simplex.Index ? facet : DiameterEntry.None;
    }

    private DiameterEntry FindZeroPivotFacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices, out int omittedPosition)
    {
        omittedPosition = -1;
        int size = vertices.Length;
        if (size <= 1)
            return DiameterEntry.None;
        for (int a = 0; a < size; a++)
        {
            for (int b = 0; b < a; b++)
                _pairDistances[a * size + b] = Filtration.Distance(vertices[a], vertices[b]);
        }

        // Facets come in increasing index order: first without the largest vertex, then without smaller ones.
        long below = simplex.Index;
        long above = 0;
        for (int k = size - 1; k >= 0; k--)
        {
            int vertex = vertices[k];
            long facetIndex = above - Binomial[vertex, k + 1] + below;
            below -= Binomial[vertex, k + 1];
            above += Binomial[vertex, k];
            if (FacetDiameter(size, k) == simplex.Diameter)
            {
                omittedPosition = k;
                int coefficient = (k & 1) == 1 ? Field.Negate(simplex.Coefficient) : simplex.Coefficient;
                return new DiameterEntry(facetIndex, simplex.Diameter, coefficient);
            }
        }
        return DiameterEntry.None;
    }

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
