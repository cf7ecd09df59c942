using NeuronTopology.Homology;

namespace NeuronTopology.IO;

/// <summary>
/// Reads Ripser's <c>sparse</c> format: one edge a line as <c>i j d</c>, point indices counted from 0 and the
/// distance d between them; pairs not listed are at infinite distance. The number of points is the largest
/// index plus one, so a line <c>i i 0</c> declares a point without edges. A pair may be listed in both orders
/// when both lines give the same distance. Blank lines and lines starting with '#' are skipped.
/// </summary>
public static class SparseDistanceMatrixReader
{
    /// <summary>Largest accepted point index, so that the number of points fits in an <see cref="int"/>.</summary>
    public const int MaxIndex = int.MaxValue - 1;

    /// <summary>Reads a sparse distance matrix from the text file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is empty, a line does not have three values, an index is not an integer in 0..<see cref="MaxIndex"/>, a distance is negative, NaN or infinite, a diagonal entry is not zero, or a pair is listed twice with different distances.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static SparseDistanceMatrix ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads a sparse distance matrix; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input is empty, a line does not have three values, an index is not an integer in 0..<see cref="MaxIndex"/>, a distance is negative, NaN or infinite, a diagonal entry is not zero, or a pair is listed twice with different distances.</exception>
    public static SparseDistanceMatrix Read(TextReader reader, string source)
    {
        var lines = new NumericLineReader(reader, source);
        var row = new List<double>();
        var edges = new List<Edge>();
        int largestIndex = -1;

        while (lines.ReadRow(row))
        {
            if (row.Count != 3)
                throw lines.Error($"found {row.Count} values; expected 3, 'i j d': two point indices and their distance.");

            int i = ReadIndex(lines, row[0], "first");
            int j = ReadIndex(lines, row[1], "second");
            double distance = row[2];
            largestIndex = Math.Max(largestIndex, Math.Max(i, j));

            if (distance < 0)
                throw lines.Error($"d[{i},{j}] = {distance} is negative; distances must be non-negative.");
            if (i == j)
            {
                if (distance != 0)
                    throw lines.Error($"d[{i},{i}] = {distance} is not zero; the diagonal of a distance matrix must be zero.");
                continue;
            }
            edges.Add(new Edge(i, j, distance, lines.LineNumber));
        }

        if (largestIndex < 0)
            throw new InputFormatException(source, null, "the input is empty (no edges, only blank or comment lines); expected one edge 'i j d' a line.");

        var distinct = RemoveRepeatedEdges(edges, source);
        return new SparseDistanceMatrix(largestIndex + 1, distinct.Select(edge => (edge.I, edge.J, edge.Distance)));
    }

    private static int ReadIndex(NumericLineReader lines, double value, string position)
    {
        if (value < 0)
            throw lines.Error($"the {position} index is {value}, which is negative; point indices count from 0.");
        if (value != Math.Floor(value))
            throw lines.Error($"the {position} index is {value}, which is not an integer; expected a point index counted from 0.");
        if (value > MaxIndex)
            throw lines.Error($"the {position} index is {value}, which is out of range; point indices must be at most {MaxIndex}.");
        return (int)value;
    }

    // Sorting by pair instead of hashing keeps the memory at one index per edge. Ties stay in input order, so a
    // conflict names the earlier line, and the edges that remain keep their input order.
    private static IEnumerable<Edge> RemoveRepeatedEdges(List<Edge> edges, string source)
    {
        int[] byPair = Enumerable.Range(0, edges.Count)
            .OrderBy(k => edges[k].High).ThenBy(k => edges[k].Low).ThenBy(k => k)
            .ToArray();
        var repeated = new bool[edges.Count];
        for (int k = 1; k < byPair.Length; k++)
        {
            Edge previous = edges[byPair[k - 1]];
            Edge edge = edges[byPair[k]];
            if (previous.High != edge.High || previous.Low != edge.Low)
                continue;
            if (previous.Distance != edge.Distance)
                throw new InputFormatException(source, edge.Line, $"the pair ({edge.I}, {edge.J}) has distance {edge.Distance} here but {previous.Distance} on line {previous.Line}; list each pair once, or twice with the same distance.");
            repeated[byPair[k]] = true;
        }
        return edges.Where((_, k) => !repeated[k]);
    }

    private readonly record struct Edge(int I, int J, double Distance, int Line)
    {
        public int High => Math.Max(I, J);

        public int Low => Math.Min(I, J);
    }
}
