namespace NeuronTopology.Homology.Engine;

/// <summary>Cofacet enumeration over a dense distance matrix: every vertex outside the simplex is a candidate.</summary>
internal sealed class DenseCoboundaryEnumerator : CoboundaryEnumerator
{
    private readonly float[] _triangle;
    private readonly long[] _rowStarts;

    public DenseCoboundaryEnumerator(DenseRipsFiltration filtration, int maxDimension)
        : base(filtration, maxDimension)
    {
        _triangle = filtration.LowerTriangle;
        _rowStarts = new long[filtration.VertexCount];
        for (int i = 0; i < _rowStarts.Length; i++)
            _rowStarts[i] = (long)i * (i - 1) / 2;
    }

    protected override int EnumerateCofacets(in DiameterEntry simplex, ReadOnlySpan<int> vertices, bool onlyAboveTop)
    {
        int size = vertices.Length;
        float threshold = Filtration.Threshold;
        int negated = Field.Negate(simplex.Coefficient);
        long below = simplex.Index;
        long above = 0;
        int k = size;
        int count = 0;
        DiameterEntry[] buffer = Buffer;
        int[] inserted = InsertedVertices;

        for (int w = Filtration.VertexCount - 1; w >= 0; w--)
        {
            if (k > 0 && w == vertices[k - 1])
            {
                if (onlyAboveTop)
                    break;
                below -= Binomial[w, k];
                above += Binomial[w, k + 1];
                k--;
                continue;
            }
            float diameter = CofacetDiameter(w, vertices, simplex.Diameter, threshold);
            if (diameter > threshold)
                continue;
            inserted[count] = w;
            buffer[count++] = new DiameterEntry(above + Binomial[w, k + 1] + below, diameter, (k & 1) == 1 ? negated : simplex.Coefficient);
        }
        return count;
    }

    protected override DiameterEntry FindZeroPivotCofacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices, out int insertedVertex)
    {
        int size = vertices.Length;
        insertedVertex = -1;
        long below = simplex.Index;
        long above = 0;
        int k = size;

        for (int w = Filtration.VertexCount - 1; w >= 0; w--)
        {
            if (k > 0 && w == vertices[k - 1])
            {
                below -= Binomial[w, k];
                above += Binomial[w, k + 1];
                k--;
                continue;
            }
            // A cofacet has the simplex's diameter only if no new edge is longer.
            if (CofacetDiameter(w, vertices, simplex.Diameter, simplex.Diameter) == simplex.Diameter)
            {
                int coefficient = (k & 1) == 1 ? Field.Negate(simplex.Coefficient) : simplex.Coefficient;
                insertedVertex = w;
                return new DiameterEntry(above + Binomial[w, k + 1] + below, simplex.Diameter, coefficient);
            }
        }
        return DiameterEntry.None;
    }

    /// <summary>Returns max(diameter, d(w, v) for v in vertices), stopping early once it exceeds <paramref name="limit"/>.</summary>
    private float CofacetDiameter(int w, ReadOnlySpan<int> vertices, float diameter, float limit)
    {
        long rowW = _rowStarts[w];
        for (int j = 0; j < vertices.Length; j++)
        {
            int v = vertices[j];
            float distance = w > v ? _triangle[rowW + v] : _triangle[_rowStarts[v] + w];
            if (distance > diameter)
            {
                diameter = distance;
                if (diameter > limit)
                    return diameter;
            }
        }
        return diameter;
    }
}
