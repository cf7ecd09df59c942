using System.Globalization;
using System.Runtime.CompilerServices;

namespace NeuronTopology.IO;

/// <summary>
/// Reads text input line by line as rows of finite numbers, the way Ripser's text formats are written: fields
/// separated by whitespace, a comma or a semicolon (a trailing separator is allowed, an empty field is not).
/// Blank lines and lines whose first non-blank character is '#' are skipped.
/// </summary>
internal sealed class NumericLineReader
{
    private readonly TextReader _reader;
    private readonly bool _singlePrecision;

    /// <param name="reader">The text.</param>
    /// <param name="source">Names the input in error messages.</param>
    /// <param name="singlePrecision">
    /// Returns each number as the float nearest to its decimal text, widened to double. Rounding the nearest double
    /// to float instead can differ in the last bit when the text lies almost halfway between two floats.
    /// </param>
    public NumericLineReader(TextReader reader, string source, bool singlePrecision = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        _reader = reader;
        Source = source;
        _singlePrecision = singlePrecision;
    }

    /// <summary>The file path or "standard input", for error messages.</summary>
    public string Source { get; }

    /// <summary>1-based number of the line last read; 0 before the first read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// Replaces the content of <paramref name="values"/> with the numbers of the next line that has any;
    /// returns false at the end of the input.
    /// </summary>
    /// <exception cref="InputFormatException">A field is empty, not a number, NaN or infinite.</exception>
    public bool ReadRow(List<double> values)
    {
        values.Clear();
        while (_reader.ReadLine() is { } line)
        {
            LineNumber++;
            ReadOnlySpan<char> content = line.AsSpan().Trim();
            if (content.IsEmpty || content[0] == '#')
                continue;

            ParseFields(content, values);
            return true;
        }
        return false;
    }

    /// <summary>Creates an <see cref="InputFormatException"/> for the line last read.</summary>
    public InputFormatException Error(string message) => new(Source, LineNumber, message);

    // A reader runs once per process over millions of fields, so tiered compilation would spend much of the read in
    // unoptimized code; AggressiveOptimization compiles the per-field methods fully at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseFields(ReadOnlySpan<char> line, List<double> values)
    {
        int position = 0;
        bool expectingValue = true;
        while (true)
        {
            while (position < line.Length && char.IsWhiteSpace(line[position]))
                position++;
            if (position == line.Length)
                return;

            if (IsSeparator(line[position]))
            {
                if (expectingValue)
                    throw Error($"field {values.Count + 1} is empty (a separator '{line[position]}' follows {(values.Count == 0 ? "the start of the line" : "another separator")}); expected a number.");
                expectingValue = true;
                position++;
                continue;
            }

            int start = position;
            while (position < line.Length && !char.IsWhiteSpace(line[position]) && !IsSeparator(line[position]))
                position++;
            values.Add(ParseNumber(line[start..position], values.Count + 1));
            expectingValue = false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double ParseNumber(ReadOnlySpan<char> token, int field)
    {
        if (FastDecimalParser.TryParse(token, out double simple))
            return _singlePrecision ? NearestSingle(simple, token) : simple;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            if (!double.IsFinite(value))
                throw Error($"field {field} is '{token}', which is {(double.IsNaN(value) ? "NaN" : "infinite")}; expected a finite number.");
            return _singlePrecision ? NearestSingle(value, token) : value;
        }

        if (IsNonFiniteName(token))
            throw Error($"field {field} is '{token}', which is {(token.Contains("nan", StringComparison.OrdinalIgnoreCase) ? "NaN" : "infinite")}; expected a finite number.");
        // Binary input, such as a .npy file on standard input, would otherwise be echoed into the terminal.
        int binary = token.IndexOfAnyExceptInRange(' ', '~');
        if (binary >= 0 && (char.IsControl(token[binary]) || token[binary] == '\uFFFD'))
            throw Error($"field {field} is not text (it contains U+{(int)token[binary]:X4}); expected a decimal number. A NumPy .npy file is read with the npy format.");
        throw Error($"field {field} is '{token}', which is not a number; expected a decimal number such as 1.5 or -2e-3.");
    }

    // The text lies within a few units in the last place of the double. Rounding the double to float therefore gives
    // the float nearest to the text, unless a midpoint between two floats lies that close: only then is the text parsed again.
    private static double NearestSingle(double value, ReadOnlySpan<char> token)
    {
        float rounded = (float)value;
        if (!float.IsFinite(rounded) || rounded == value)
            return value;
        double neighbour = value > rounded ? MathF.BitIncrement(rounded) : MathF.BitDecrement(rounded);
        double midpoint = (rounded + neighbour) / 2;
        double window = 4 * (Math.BitIncrement(Math.Abs(value)) - Math.Abs(value));
        if (Math.Abs(value - midpoint) > window)
            return value;
        return float.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static bool IsSeparator(char c) => c is ',' or ';';

    // .NET parses "NaN" and "Infinity" but not "inf", which C and Python print for infinity.
    private static bool IsNonFiniteName(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> unsigned = token.TrimStart("+-");
        return unsigned.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("∞", StringComparison.Ordinal);
    }
}
