using NeuronTopology.Geometry;

namespace NeuronTopology.IO;

/// <summary>
/// Reads Ripser's <c>point-cloud</c> format: one point a line, its coordinates separated by whitespace, a comma
/// or a semicolon. Blank lines and lines starting with '#' are skipped.
/// </summary>
public static class PointCloudReader
{
    /// <summary>Reads a point cloud from the text file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file contains no points, rows of different lengths, or a value that is not a finite number.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PointCloud ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads a point cloud from <paramref name="reader"/>; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input contains no points, rows of different lengths, or a value that is not a finite number.</exception>
    public static PointCloud Read(TextReader reader, string source)
    {
        var lines = new NumericLineReader(reader, source);
        var row = new List<double>();
        var coordinates = new List<double>();
        int dimension = 0;
        int firstLine = 0;
        int count = 0;

        while (lines.ReadRow(row))
        {
            if (count == 0)
            {
                dimension = row.Count;
                firstLine = lines.LineNumber;
            }
            else if (row.Count != dimension)
            {
                throw lines.Error($"this row has {row.Count} coordinates; expected {dimension}, the number on line {firstLine} (the first point).");
            }
            coordinates.AddRange(row);
            count++;
        }

        if (count == 0)
            throw new InputFormatException(source, null, "the input is empty (no points, only blank or comment lines); expected one point a line.");
        return new PointCloud(coordinates.ToArray(), count, dimension);
    }
}
