using System.Globalization;
using NeuronTopology.IO;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// Reader of training data from a CSV table of numbers: one sample per line, fields separated by
/// <see cref="CsvDatasetOptions.Delimiter"/>, an optional header, and caller-chosen target columns; every
/// other column is an input. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
/// <remarks>
/// Numbers are parsed with the invariant culture (a dot as decimal separator, exponents allowed).
/// NaN and infinities are rejected. Quoted fields with embedded delimiters are not supported.
/// </remarks>
public static class CsvDatasetReader
{
    /// <summary>Reads the table in <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">A value is not a finite number or not a valid label, a line has the wrong number of fields, a target column is unknown, or there is no data; the message names the file, line and value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static Dataset Read(string path, CsvDatasetOptions? options = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, options);
    }

    /// <summary>Reads a table from <paramref name="reader"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputFormatException">A value is not a finite number or not a valid label, a line has the wrong number of fields, a target column is unknown, or there is no data.</exception>
    public static Dataset Read(TextReader reader, string source, CsvDatasetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new CsvDatasetOptions();

        string[]? header = null;
        int columnCount = -1;
        var rows = new List<double[]>();
        var rowLines = new List<int>();
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;

            string[] fields = trimmed.Split(options.Delimiter);
            for (int c = 0; c < fields.Length; c++)
                fields[c] = fields[c].Trim();

            if (columnCount < 0)
            {
                columnCount = fields.Length;
                if (IsHeader(fields, options.Header))
                {
                    header = fields.Select(f => f.Trim('"')).ToArray();
                    continue;
                }
            }
            else if (fields.Length != columnCount)
            {
                throw new InputFormatException(source, lineNumber, $"found {fields.Length} fields; expected {columnCount} like the first line.");
            }

            rows.Add(ParseRow(fields, source, lineNumber));
            rowLines.Add(lineNumber);
        }

        if (rows.Count == 0)
            throw new InputFormatException(source, null, "the table has no data rows; expected at least one line of numbers.");

        int[] targetColumns = ResolveTargetColumns(options, header, columnCount, source);
        if (targetColumns.Length == columnCount)
            throw new InputFormatException(source, null, "every column is a target; expected at least one input column.");
        return Build(rows, rowLines, targetColumns, columnCount, options, source);
    }

    private static bool IsHeader(string[] fields, CsvHeaderMode mode) => mode switch
    {
        CsvHeaderMode.Present => true,
        CsvHeaderMode.Absent => false,
        _ => fields.Any(field => !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
    };

    private static double[] ParseRow(string[] fields, string source, int lineNumber)
    {
        var values = new double[fields.Length];
        for (int c = 0; c < fields.Length; c++)
        {
            if (!double.TryParse(fields[c], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                throw new InputFormatException(source, lineNumber, $"column {c + 1}: '{fields[c]}' is not a number.");
            if (!double.IsFinite(value))
                throw new InputFormatException(source, lineNumber, $"column {c + 1}: '{fields[c]}' is not finite; every value must be a finite number.");
            values[c] = value;
        }
        return values;
    }

    private static int[] ResolveTargetColumns(CsvDatasetOptions options, string[]? header, int columnCount, string source)
    {
        int[] columns;
        if (options.TargetColumnNames is { } names)
        {
            if (header is null)
                throw new InputFormatException(source, null, "target columns are given by name but the table has no header; give them by index instead.");
            columns = new int[names.Count];
            for (int t = 0; t < names.Count; t++)
            {
                columns[t] = Array.IndexOf(header, names[t]);
                if (columns[t] < 0)
                    throw new InputFormatException(source, null, $"no column is named '{names[t]}'; the header has {string.Join(", ", header)}.");
            }
        }
        else
        {
            IReadOnlyList<int> indices = options.TargetColumns ?? [-1];
            columns = new int[indices.Count];
            for (int t = 0; t < indices.Count; t++)
            {
                int column = indices[t] < 0 ? columnCount + indices[t] : indices[t];
                if (column < 0 || column >= columnCount)
                    throw new InputFormatException(source, null, $"target column {indices[t]} does not exist; the table has {columnCount} columns (indices 0..{columnCount - 1}, or −1 for the last).");
                columns[t] = column;
            }
        }

        if (columns.Length == 0)
            throw new InputFormatException(source, null, "no target column is given; expected at least one.");
        if (columns.Distinct().Count() != columns.Length)
            throw new InputFormatException(source, null, "a target column is listed twice.");
        if (options.TargetKind == TargetKind.ClassLabels && columns.Length != 1)
            throw new InputFormatException(source, null, $"class labels need exactly one target column; {columns.Length} are given.");
        return columns;
    }

    private static Dataset Build(List<double[]> rows, List<int> rowLines, int[] targetColumns, int columnCount, CsvDatasetOptions options, string source)
    {
        int[] inputColumns = Enumerable.Range(0, columnCount).Where(c => !targetColumns.Contains(c)).ToArray();
        var inputs = new Matrix<double>(rows.Count, inputColumns.Length);
        for (int r = 0; r < rows.Count; r++)
            for (int c = 0; c < inputColumns.Length; c++)
                inputs[r, c] = rows[r][inputColumns[c]];

        if (options.TargetKind == TargetKind.Regression)
        {
            var targets = new Matrix<double>(rows.Count, targetColumns.Length);
            for (int r = 0; r < rows.Count; r++)
                for (int t = 0; t < targetColumns.Length; t++)
                    targets[r, t] = rows[r][targetColumns[t]];
            return Dataset.ForRegression(inputs, targets);
        }

        int labelColumn = targetColumns[0];
        var labels = new int[rows.Count];
        for (int r = 0; r < rows.Count; r++)
        {
            double value = rows[r][labelColumn];
            if (value < 0 || value != Math.Floor(value) || value > int.MaxValue - 1)
                throw new InputFormatException(source, rowLines[r], $"column {labelColumn + 1}: '{value.ToString("R", CultureInfo.InvariantCulture)}' is not a class label; expected a non-negative integer.");
            labels[r] = (int)value;
            if (options.ClassCount is int classCount && labels[r] >= classCount)
                throw new InputFormatException(source, rowLines[r], $"column {labelColumn + 1}: label {labels[r]} is out of range; expected a class in 0..{classCount - 1}.");
        }

        int count = options.ClassCount ?? labels.Max() + 1;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count, nameof(options.ClassCount));
        return Dataset.ForClassification(inputs, labels, count);
    }
}
