namespace NeuronTopology.Homology.Engine;

/// <summary>Disjoint sets of vertices with union by rank and path halving, for the 0-dimensional barcode.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly byte[] _rank;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _rank = new byte[count];
        for (int i = 0; i < count; i++)
            _parent[i] = i;
    }

    public int Find(int vertex)
    {
        while (_parent[vertex] != vertex)
        {
            _parent[vertex] = _parent[_parent[vertex]];
            vertex = _parent[vertex];
        }
        return vertex;
    }

    /// <summary>Merges the sets whose representatives are <paramref name="rootA"/> and <paramref name="rootB"/>.</summary>
    public void Link(int rootA, int rootB)
    {
        if (rootA == rootB)
            return;
        if (_rank[rootA] < _rank[rootB])
            _parent[rootA] = rootB;
        else if (_rank[rootA] > _rank[rootB])
            _parent[rootB] = rootA;
        else
        {
            _parent[rootB] = rootA;
            _rank[rootA]++;
        }
    }
}
