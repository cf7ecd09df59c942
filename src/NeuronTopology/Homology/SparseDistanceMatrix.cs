namespace NeuronTopology.Homology;

/// <summary>
/// A sparse distance matrix for thresholded input: only the listed edges (i, j, d) exist; every other pair
/// is at infinite distance. Each unordered pair appears at most once.
/// </summary>
public sealed class SparseDistanceMatrix
{
    /// <summary>Creates the matrix from its edges.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A vertex index is outside 0..count − 1.</exception>
    /// <exception cref="ArgumentException">An edge is a loop (i = j), a duplicate, or has a negative, NaN or infinite length.</exception>
    public SparseDistanceMatrix(int count, IEnumerable<(int I, int J, double Distance)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var seen = new HashSet<(int, int)>();
        var list = new List<(int I, int J, double Distance)>();
        foreach (var (i, j, distance) in edges)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(edges));
            ArgumentOutOfRangeException.ThrowIfNegative(j, nameof(edges));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, count, nameof(edges));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, count, nameof(edges));
            if (i == j)
                throw new ArgumentException($"Edge ({i}, {j}) is a loop; the diagonal is implicitly zero.", nameof(edges));
            if (!double.IsFinite(distance) || distance < 0)
                throw new ArgumentException($"Edge ({i}, {j}) has length {distance}; lengths must be finite and non-negative.", nameof(edges));
            if (!seen.Add((Math.Max(i, j), Math.Min(i, j))))
                throw new ArgumentException($"Edge ({i}, {j}) is listed twice.", nameof(edges));
            list.Add((i, j, distance));
        }
        Count = count;
        Edges = list;
    }

    /// <summary>Number of points n.</summary>
    public int Count { get; }

    /// <summary>The edges, in input order.</summary>
    public IReadOnlyList<(int I, int J, double Distance)> Edges { get; }
}
