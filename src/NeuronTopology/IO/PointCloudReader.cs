using System.Numerics;
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
    public static PointCloud Read(TextReader reader, string source) => Read(reader, source, expectedRows: null, singleRangeOnly: false);

    /// <summary>
    /// Reads a point cloud, allocating the coordinate array for <paramref name="expectedRows"/> points once the first
    /// row gives the dimension. A wrong hint costs one extra copy, never a wrong result. With
    /// <paramref name="singleRangeOnly"/>, values beyond the float range are rejected as in
    /// <see cref="ReadSinglePrecision"/>, for computations that round them to floats later.
    /// </summary>
    /// <exception cref="InputFormatException">The input contains no points, rows of different lengths, or a value that is not a finite number.</exception>
    internal static PointCloud Read(TextReader reader, string source, long? expectedRows, bool singleRangeOnly)
    {
        var (coordinates, count, dimension) = ReadCoordinates<double>(reader, source, expectedRows, singleRangeOnly);
        return new PointCloud(coordinates, count, dimension);
    }

    /// <summary>
    /// Reads a point cloud into 32-bit floats, each coordinate the float nearest to its decimal text as Ripser parses
    /// it, for computations that use no more precision, such as Vietoris–Rips distances.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">Names the input in error messages.</param>
    /// <param name="expectedRows">Points to allocate for once the first row gives the dimension; a wrong hint costs one extra copy.</param>
    /// <exception cref="InputFormatException">The input contains no points, rows of different lengths, a value that is not a finite number, or one beyond the float range (3.4e38).</exception>
    public static SinglePrecisionPointCloud ReadSinglePrecision(TextReader reader, string source, long? expectedRows = null)
    {
        var (coordinates, count, dimension) = ReadCoordinates<float>(reader, source, expectedRows, singleRangeOnly: true);
        return new SinglePrecisionPointCloud(coordinates, count, dimension);
    }

    private static (T[] Coordinates, int Count, int Dimension) ReadCoordinates<T>(TextReader reader, string source, long? expectedRows,
        bool singleRangeOnly)
        where T : IFloatingPointIeee754<T>
    {
        var lines = new NumericLineReader(reader, source, singlePrecision: typeof(T) == typeof(float));
        var row = new List<double>();
        T[] coordinates = [];
        int dimension = 0;
        int firstLine = 0;
        int count = 0;

        while (lines.ReadRow(row))
        {
            if (count == 0)
            {
                dimension = row.Count;
                firstLine = lines.LineNumber;
                coordinates = new T[InitialCapacity(expectedRows, dimension)];
            }
            else if (row.Count != dimension)
            {
                throw lines.Error($"this row has {row.Count} coordinates; expected {dimension}, the number on line {firstLine} (the first point).");
            }

            long end = (long)(count + 1) * dimension;
            if (end > coordinates.Length)
                coordinates = Grow(coordinates, end, lines);
            Store(row, coordinates.AsSpan(count * dimension, dimension), lines, singleRangeOnly);
            count++;
        }

        if (count == 0)
            throw new InputFormatException(source, null, "the input is empty (no points, only blank or comment lines); expected one point a line.");
        if (coordinates.Length != (long)count * dimension)
            Array.Resize(ref coordinates, count * dimension);
        return (coordinates, count, dimension);
    }

    // NumericLineReader has already rejected NaN and ∞, so only a finite double beyond the float range rounds to ∞.
    private static void Store<T>(List<double> row, Span<T> destination, NumericLineReader lines, bool singleRangeOnly)
        where T : IFloatingPointIeee754<T>
    {
        for (int t = 0; t < row.Count; t++)
        {
            T value = T.CreateSaturating(row[t]);
            if (singleRangeOnly && float.IsInfinity((float)row[t]))
                throw lines.Error(FormattableString.Invariant($"field {t + 1} is {row[t]:R}, beyond the 32-bit float range (largest value 3.4028235e38) in which distances are computed; rescale the input."));
            destination[t] = value;
        }
    }

    private static long InitialCapacity(long? expectedRows, int dimension)
    {
        long rows = expectedRows is > 0 ? expectedRows.Value : 16;
        return Math.Min(rows * dimension, Array.MaxLength);
    }

    private static T[] Grow<T>(T[] coordinates, long required, NumericLineReader lines)
    {
        if (required > Array.MaxLength)
            throw lines.Error($"the point cloud has more than {Array.MaxLength} coordinates, the most one .NET array can store.");
        long capacity = Math.Clamp(coordinates.LongLength * 2, required, Array.MaxLength);
        var grown = new T[capacity];
        coordinates.CopyTo(grown, 0);
        return grown;
    }
}
