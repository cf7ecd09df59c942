using NeuronTopology.Homology;

namespace NeuronTopology.IO;

/// <summary>
/// Reads Ripser's <c>distance</c> format, its default: the full n × n distance matrix, one row a line. Ripser
/// 1.2.1 reads only the lower triangle and ignores the rest; this reader also checks that the matrix is square,
/// symmetric and zero on the diagonal, each to a relative tolerance of <see cref="RelativeTolerance"/> so that
/// matrices computed in floating point pass. The lower triangle is what it returns. Blank lines and lines
/// starting with '#' are skipped.
/// </summary>
public static class DistanceMatrixReader
{
    /// <summary>
    /// Largest accepted relative difference: |d(i,j) − d(j,i)| ≤ tolerance × max(d(i,j), d(j,i)), and
    /// |d(i,i)| ≤ tolerance × the largest entry of the matrix.
    /// </summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Reads a full distance matrix from the text file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is empty, not square, not symmetric, non-zero on the diagonal, or contains a value that is not a finite non-negative number.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DistanceMatrix ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads a full distance matrix; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input is empty, not square, not symmetric, non-zero on the diagonal, or contains a value that is not a finite non-negative number.</exception>
    public static DistanceMatrix Read(TextReader reader, string source)
    {
        var lines = new NumericLineReader(reader, source);
        var row = new List<double>();
        if (!lines.ReadRow(row))
            throw new InputFormatException(source, null, "the input is empty (no rows, only blank or comment lines); expected an n × n distance matrix, one row a line.");

        // The first row fixes n; entries above the diagonal are kept until their mirror image arrives.
        int count = row.Count;
        int firstLine = lines.LineNumber;
        var lower = new double[TriangularEntries.Entries(count)];
        var upper = new double[lower.Length];
        var diagonal = new double[count];
        var rowLines = new int[count];
        double largest = 0;

        for (int i = 0; i < count; i++)
        {
            if (i > 0 && !lines.ReadRow(row))
                throw new InputFormatException(source, lines.LineNumber, $"the input ends after {i} rows; expected {count}, the number of entries in the first row (line {firstLine}).");
            if (row.Count != count)
                throw lines.Error($"row {i} has {row.Count} entries; expected {count}, the number in the first row (line {firstLine}). Rows are numbered from 0.");

            rowLines[i] = lines.LineNumber;
            for (int j = 0; j < count; j++)
            {
                double value = row[j];
                if (value < 0)
                    throw lines.Error($"d[{i},{j}] = {value} is negative; distances must be non-negative (indices from 0).");
                largest = Math.Max(largest, value);

                if (j == i)
                    diagonal[i] = value;
                else if (j > i)
                    upper[TriangularEntries.Entries(j) + i] = value;
                else
                {
                    long index = TriangularEntries.Entries(i) + j;
                    double mirror = upper[index];
                    if (Math.Abs(value - mirror) > RelativeTolerance * Math.Max(value, mirror))
                        throw lines.Error($"d[{i},{j}] = {value} but d[{j},{i}] = {mirror} on line {rowLines[j]}; a distance matrix must be symmetric (indices from 0).");
                    lower[index] = value;
                }
            }
        }

        if (lines.ReadRow(row))
            throw lines.Error($"the matrix has more than {count} rows; expected {count}, the number of entries in the first row (line {firstLine}).");

        for (int i = 0; i < count; i++)
        {
            if (diagonal[i] > RelativeTolerance * largest)
                throw new InputFormatException(source, rowLines[i], $"d[{i},{i}] = {diagonal[i]} is not zero; the diagonal of a distance matrix must be zero (indices from 0).");
        }
        return new DistanceMatrix(count, lower);
    }
}
