namespace NeuronTopology.Homology;

/// <summary>Maximum matching in a bipartite graph by the Hopcroft–Karp algorithm, O(E√V).</summary>
internal static class BipartiteMatching
{
    /// <summary>Returns true when every left vertex can be matched; <paramref name="adjacency"/>[u] lists the right neighbours of u.</summary>
    public static bool HasPerfectMatching(List<int>[] adjacency, int rightCount)
    {
        int leftCount = adjacency.Length;
        var matchLeft = new int[leftCount];
        var matchRight = new int[rightCount];
        Array.Fill(matchLeft, -1);
        Array.Fill(matchRight, -1);
        var layer = new int[leftCount];
        var queue = new int[leftCount];
        int matched = 0;

        while (BuildLayers(adjacency, matchLeft, matchRight, layer, queue))
        {
            for (int u = 0; u < leftCount; u++)
            {
                if (matchLeft[u] == -1 && Augment(u, adjacency, matchLeft, matchRight, layer))
                    matched++;
            }
        }
        return matched == leftCount;
    }

    private static bool BuildLayers(List<int>[] adjacency, int[] matchLeft, int[] matchRight, int[] layer, int[] queue)
    {
        int head = 0, tail = 0;
        for (int u = 0; u < adjacency.Length; u++)
        {
            if (matchLeft[u] == -1)
            {
                layer[u] = 0;
                queue[tail++] = u;
            }
            else
            {
                layer[u] = -1;
            }
        }
        bool reachesFree = false;
        while (head < tail)
        {
            int u = queue[head++];
            foreach (int v in adjacency[u])
            {
                int next = matchRight[v];
                if (next == -1)
                    reachesFree = true;
                else if (layer[next] == -1)
                {
                    layer[next] = layer[u] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return reachesFree;
    }

    private static bool Augment(int u, List<int>[] adjacency, int[] matchLeft, int[] matchRight, int[] layer)
    {
        foreach (int v in adjacency[u])
        {
            int next = matchRight[v];
            if (next == -1 || (layer[next] == layer[u] + 1 && Augment(next, adjacency, matchLeft, matchRight, layer)))
            {
                matchLeft[u] = v;
                matchRight[v] = u;
                return true;
            }
        }
        // Dead end: no later search in this phase may pass through u.
        layer[u] = -1;
        return false;
    }
}
