namespace NeuronTopology.Geometry;

/// <summary>
/// Disjoint sets over 0..n−1 with path halving; a union keeps the smaller root, so the
/// representative of a set is its smallest element and does not depend on the order of unions.
/// </summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (int i = 0; i < count; i++)
            _parent[i] = i;
        SetCount = count;
    }

    /// <summary>Number of disjoint sets.</summary>
    public int SetCount { get; private set; }

    /// <summary>The representative of the set that contains <paramref name="element"/>.</summary>
    public int Find(int element)
    {
        while (_parent[element] != element)
        {
            _parent[element] = _parent[_parent[element]];
            element = _parent[element];
        }
        return element;
    }

    /// <summary>Joins the sets of the two elements; returns false when they were already one set.</summary>
    public bool Union(int first, int second)
    {
        int rootFirst = Find(first);
        int rootSecond = Find(second);
        if (rootFirst == rootSecond)
            return false;

        if (rootFirst < rootSecond)
            _parent[rootSecond] = rootFirst;
        else
            _parent[rootFirst] = rootSecond;
        SetCount--;
        return true;
    }
}
