using NeuronTopology.Homology;

namespace NeuronTopology.IO;

/// <summary>
/// Reads Ripser's <c>upper-distance</c> format: the strict upper triangle of a distance matrix in row order,
/// d(0,1), d(0,2), …, d(0,n−1), d(1,2), …, without the diagonal. Every number is read in sequence, so line breaks
/// are free; n points need n(n − 1)/2 numbers. Blank lines and lines starting with '#' are skipped.
/// </summary>
public static class UpperDistanceMatrixReader
{
    /// <summary>Reads an upper-triangular distance matrix from the text file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is empty, contains a value that is not a finite non-negative number, or its number of entries is not n(n − 1)/2.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DistanceMatrix ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads an upper-triangular distance matrix; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input is empty, contains a value that is not a finite non-negative number, or its number of entries is not n(n − 1)/2.</exception>
    public static DistanceMatrix Read(TextReader reader, string source)
    {
        // The position of an upper entry depends on n, which is known only at the end, so messages count entries.
        var (count, upper) = TriangularEntries.Read(reader, source, "upper-triangular", entry => $"entry {entry + 1}");

        var lower = new double[upper.Length];
        long index = 0;
        for (int row = 0; row < count; row++)
        {
            for (int column = row + 1; column < count; column++)
                lower[TriangularEntries.Entries(column) + row] = upper[index++];
        }
        return new DistanceMatrix(count, lower);
    }
}
