namespace NeuronTopology.IO;

/// <summary>
/// Reads the entries of a triangular distance matrix written without its diagonal (Ripser's
/// <c>lower-distance</c> and <c>upper-distance</c> formats): every number of the input in sequence, whatever
/// the line breaks, so that n points give n(n − 1)/2 entries.
/// </summary>
internal static class TriangularEntries
{
    /// <summary>Reads all entries and derives the number of points from their count.</summary>
    /// <param name="describeEntry">Names entry k (0-based) in messages, for example as its matrix position.</param>
    /// <exception cref="InputFormatException">The input is empty, a value is not a finite non-negative number, or the count is not triangular.</exception>
    public static (int Count, double[] Entries) Read(TextReader reader, string source, string formatName, Func<long, string> describeEntry)
    {
        var lines = new NumericLineReader(reader, source);
        var row = new List<double>();
        var entries = new List<double>();

        while (lines.ReadRow(row))
        {
            foreach (double value in row)
            {
                if (value < 0)
                    throw lines.Error($"{describeEntry(entries.Count)} is {value}, which is negative; distances must be non-negative.");
                entries.Add(value);
            }
        }

        if (entries.Count == 0)
            throw new InputFormatException(source, null, $"the input is empty (no distances, only blank or comment lines); a {formatName} matrix of n ≥ 2 points has n(n − 1)/2 entries. Give a single point in point-cloud or distance format.");

        int count = PointCount(entries.Count);
        if (count < 0)
        {
            int below = NearestCountBelow(entries.Count);
            throw new InputFormatException(source, null,
                $"found {entries.Count} entries, but a {formatName} matrix without its diagonal has n(n − 1)/2 entries for n points: "
                + $"{Entries(below)} ({below} points) or {Entries(below + 1)} ({below + 1} points) would be valid.");
        }
        return (count, entries.ToArray());
    }

    /// <summary>Number of entries n(n − 1)/2 of the strict triangle of n points.</summary>
    public static long Entries(long points) => points * (points - 1) / 2;

    /// <summary>The n with n(n − 1)/2 = <paramref name="entries"/>, or −1 when there is none.</summary>
    public static int PointCount(long entries)
    {
        int below = NearestCountBelow(entries);
        return Entries(below) == entries ? below : -1;
    }

    /// <summary>Row index i of entry k of a strict lower triangle stored row by row (row i has i entries).</summary>
    public static long LowerRow(long entry)
    {
        // Row i starts at i(i − 1)/2; the floating-point estimate is corrected in case rounding put it one off.
        long row = (long)((1 + Math.Sqrt(1 + 8.0 * entry)) / 2);
        while (Entries(row) > entry)
            row--;
        while (Entries(row + 1) <= entry)
            row++;
        return row;
    }

    // Largest n ≥ 1 with n(n − 1)/2 ≤ entries.
    private static int NearestCountBelow(long entries) => (int)LowerRow(entries);
}
