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
    private readonly float[]? _triangle;

    public SparseCoboundaryEnumerator(SparseRipsFiltration filtration, int maxDimension)
        : base(filtration, maxDimension)
    {
        _rowStarts = filtration.RowStarts;
        _neighbors = filtration.Neighbors;
        _distances = filtration.NeighborDistances;
        _positions = new int[maxDimension + 2];
        _ends = new int[maxDimension + 2];
        _triangle = filtration.LowerTriangle;
    }

    protected override int EnumerateCofacets(in DiameterEntry simplex, ReadOnlySpan<int> vertices, bool onlyAboveTop)
        => Walk(simplex, vertices, onlyAboveTop, stopAtZeroPivot: false, out _, out _);

    protected override DiameterEntry FindZeroPivotCofacet(in DiameterEntry simplex, ReadOnlySpan<int> vertices, out int insertedVertex)
    {
        Walk(simplex, vertices, onlyAboveTop: false, stopAtZeroPivot: true, out DiameterEntry zeroPivot, out insertedVertex);
        return zeroPivot;
    }

    /// <summary>
    /// Walks the common neighbours in decreasing order. Writes cofacets to the buffer, or with
    /// <paramref name="stopAtZeroPivot"/> returns the first cofacet of equal diameter in <paramref name="zeroPivot"/>.
    /// </summary>
    private int Walk(in DiameterEntry simplex, ReadOnlySpan<int> vertices, bool onlyAboveTop, bool stopAtZeroPivot, out DiameterEntry zeroPivot,
        out int insertedVertex)
    {
        if (_triangle is not null)
            return WalkWithLookups(_triangle, simplex, vertices, onlyAboveTop, stopAtZeroPivot, out zeroPivot, out insertedVertex);
        zeroPivot = DiameterEntry.None;
        insertedVertex = -1;
        int size = vertices.Length;

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
        int[] inserted = InsertedVertices;

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
                    insertedVertex = candidate;
                    return 0;
                }
                continue;
            }
            inserted[count] = candidate;
            buffer[count++] = new DiameterEntry(index, diameter, coefficient);
        }
        return count;
    }

    /// <summary>
    /// Same as <see cref="Walk"/>, but candidates come from the shortest neighbour list alone and their distances to
    /// the other vertices are looked up in the full triangle, which stops at the first distance over the limit
    /// instead of advancing every list.
    /// </summary>
    private int WalkWithLookups(float[] triangle, in DiameterEntry simplex, ReadOnlySpan<int> vertices, bool onlyAboveTop, bool stopAtZeroPivot,
        out DiameterEntry zeroPivot, out int insertedVertex)
    {
        zeroPivot = DiameterEntry.None;
        insertedVertex = -1;
        int size = vertices.Length;

        int driver = 0;
        for (int j = 1; j < size; j++)
        {
            if (_rowStarts[vertices[j] + 1] - _rowStarts[vertices[j]] < _rowStarts[vertices[driver] + 1] - _rowStarts[vertices[driver]])
                driver = j;
        }

        float limit = stopAtZeroPivot ? simplex.Diameter : Filtration.Threshold;
        int top = vertices[size - 1];
        int negated = Field.Negate(simplex.Coefficient);
        long below = simplex.Index;
        long above = 0;
        int k = size;
        int count = 0;
        DiameterEntry[] buffer = Buffer;
        int[] inserted = InsertedVertices;
        int end = _rowStarts[vertices[driver] + 1];

        for (int p = _rowStarts[vertices[driver]]; p < end; p++)
        {
            int candidate = _neighbors[p];
            if (onlyAboveTop && candidate < top)
                break;
            float diameter = Math.Max(simplex.Diameter, _distances[p]);
            if (diameter > limit)
                continue;
            long candidateRow = (long)candidate * (candidate - 1) / 2;
            bool common = true;
            for (int j = 0; j < size; j++)
            {
                int vertex = vertices[j];
                if (j == driver)
                    continue;
                if (vertex == candidate)
                {
                    common = false;
                    break;
                }
                float distance = candidate > vertex ? triangle[candidateRow + vertex] : triangle[(long)vertex * (vertex - 1) / 2 + candidate];
                if (distance > limit)
                {
                    common = false;
                    break;
                }
                diameter = Math.Max(diameter, distance);
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
                zeroPivot = new DiameterEntry(index, diameter, coefficient);
                insertedVertex = candidate;
                return 0;
            }
            inserted[count] = candidate;
            buffer[count++] = new DiameterEntry(index, diameter, coefficient);
        }
        return count;
    }
}
