namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Cofacet enumeration over adjacency lists: the new vertex must be a neighbour of every vertex of the simplex,
/// so candidates come from intersecting the (decreasing) neighbour lists, driven by the shortest one.
/// </summary>
internal sealed class SparseCoboundaryEnumerator : CoboundaryEnumerator
{
    private readonly int[] _rowStarts;
    private readonly int[] _neighbors;
    private readonly float[] _distances;
    private readonly int[] _positions;
    private readonly int[] _ends;

    public SparseCoboundaryEnumerator(SparseRipsFiltration filtration, int maxDimension)
        : base(filtration, maxDimension)
    {
        _rowStarts = filtration.RowStarts;
        _neighbors = filtration.Neighbors;
        _distances = filtration.NeighborDistances;
        _positions = new int[maxDimension + 2];
        _ends = new int[maxDimension + 2];
    }

    public override int Enumerate(in DiameterEntry simplex, int dimension, bool onlyAboveTop)
        => Walk(simplex, dimension, onlyAboveTop, stopAtZeroPivot: false, out _);

    public override DiameterEntry ZeroPivotCofacet(in DiameterEntry simplex, int dimension)
    {
        Walk(simplex, dimension, onlyAboveTop: false, stopAtZeroPivot: true, out DiameterEntry zeroPivot);
        return zeroPivot;
    }

    /// <summary>
    /// Walks the common neighbours in decreasing order. Writes cofacets to the buffer, or with
    /// <paramref name="stopAtZeroPivot"/> returns the first cofacet of equal diameter in <paramref name="zeroPivot"/>.
    /// </summary>
    private int Walk(in DiameterEntry simplex, int dimension, bool onlyAboveTop, bool stopAtZeroPivot, out DiameterEntry zeroPivot)
    {
        zeroPivot = DiameterEntry.None;
        int size = dimension + 1;
        Span<int> vertices = Vertices.AsSpan(0, size);
        Binomial.Vertices(simplex.Index, Filtration.VertexCount - 1, vertices);

        int driver = 0;
        for (int j = 0; j < size; j++)
        {
            _positions[j] = _rowStarts[vertices[j]];
            _ends[j] = _rowStarts[vertices[j] + 1];
            if (_ends[j] - _positions[j] < _ends[driver] - _positions[driver])
                driver = j;
        }

        int top = vertices[size - 1];
        int negated = Field.Negate(simplex.Coefficient);
        long below = simplex.Index;
        long above = 0;
        int k = size;
        int count = 0;
        DiameterEntry[] buffer = Buffer;

        for (int p = _positions[driver]; p < _ends[driver]; p++)
        {
            int candidate = _neighbors[p];
            if (onlyAboveTop && candidate < top)
                break;
            float diameter = Math.Max(simplex.Diameter, _distances[p]);
            if (stopAtZeroPivot && diameter > simplex.Diameter)
                continue;
            bool common = true;
            for (int j = 0; j < size; j++)
            {
                if (j == driver)
                    continue;
                int position = _positions[j];
                int end = _ends[j];
                while (position < end && _neighbors[position] > candidate)
                    position++;
                _positions[j] = position;
                if (position == end)
                    return count;
                if (_neighbors[position] != candidate)
                {
                    common = false;
                    break;
                }
                diameter = Math.Max(diameter, _distances[position]);
            }
            if (!common)
                continue;

            while (k > 0 && vertices[k - 1] > candidate)
            {
                below -= Binomial[vertices[k - 1], k];
                above += Binomial[vertices[k - 1], k + 1];
                k--;
            }
            long index = above + Binomial[candidate, k + 1] + below;
            int coefficient = (k & 1) == 1 ? negated : simplex.Coefficient;
            if (stopAtZeroPivot)
            {
                if (diameter == simplex.Diameter)
                {
                    zeroPivot = new DiameterEntry(index, diameter, coefficient);
                    return 0;
                }
                continue;
            }
            buffer[count++] = new DiameterEntry(index, diameter, coefficient);
        }
        return count;
    }
}
