using NeuronTopology.Homology;

namespace NeuronTopology.IO;

/// <summary>
/// Reads Ripser's <c>lower-distance</c> format: the strict lower triangle of a distance matrix in row order,
/// d(1,0), d(2,0), d(2,1), d(3,0), …, without the diagonal. As Ripser 1.2.1 does, it reads every number in
/// sequence, so line breaks are free; n points need n(n − 1)/2 numbers. Blank lines and lines starting with '#'
/// are skipped.
/// </summary>
public static class LowerDistanceMatrixReader
{
    /// <summary>Reads a lower-triangular distance matrix from the text file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is empty, contains a value that is not a finite non-negative number, or its number of entries is not n(n − 1)/2.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DistanceMatrix ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads a lower-triangular distance matrix; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input is empty, contains a value that is not a finite non-negative number, or its number of entries is not n(n − 1)/2.</exception>
    public static DistanceMatrix Read(TextReader reader, string source)
    {
        var (count, entries) = TriangularEntries.Read(reader, source, "lower-triangular", DescribeEntry);
        return new DistanceMatrix(count, entries);
    }

    private static string DescribeEntry(long entry)
    {
        long row = TriangularEntries.LowerRow(entry);
        long column = entry - TriangularEntries.Entries(row);
        return $"entry {entry + 1}, d[{row},{column}] (indices from 0),";
    }
}
