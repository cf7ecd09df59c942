using System.Globalization;
using System.Text;

namespace NeuronTopology.IO;

/// <summary>
/// The header dictionary of a <c>.npy</c> file, a Python literal such as
/// <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (1024, 2), }</c> (NumPy's format specification,
/// numpy.lib.format, versions 1.0 to 3.0).
/// </summary>
internal sealed record NpyHeader(string DataType, bool FortranOrder, int[] Shape)
{
    /// <summary>Parses the dictionary text of a header.</summary>
    /// <exception cref="InputFormatException">The text is not a dictionary with the keys descr, fortran_order and shape of the expected types.</exception>
    public static NpyHeader Parse(string text, string source)
    {
        var parser = new Parser(text, source);
        var entries = parser.ParseDictionary();

        object descr = Require(entries, "descr", source);
        if (descr is not string dataType)
            throw new InputFormatException(source, null, $"the array has a structured dtype ({Describe(descr)}); expected a plain float32 or float64 array.");
        if (Require(entries, "fortran_order", source) is not bool fortranOrder)
            throw new InputFormatException(source, null, "the header value of 'fortran_order' is not True or False.");
        if (Require(entries, "shape", source) is not int[] shape)
            throw new InputFormatException(source, null, "the header value of 'shape' is not a tuple of integers.");
        return new NpyHeader(dataType, fortranOrder, shape);
    }

    /// <summary>Formats the dictionary as NumPy writes it, without the padding and the final newline.</summary>
    public string Format()
    {
        string shape = Shape.Length == 1
            ? $"({Shape[0]},)"
            : "(" + string.Join(", ", Shape) + ")";
        return $"{{'descr': '{DataType}', 'fortran_order': {(FortranOrder ? "True" : "False")}, 'shape': {shape}, }}";
    }

    private static object Require(Dictionary<string, object> entries, string key, string source)
        => entries.TryGetValue(key, out var value)
            ? value
            : throw new InputFormatException(source, null, $"the .npy header has no '{key}' entry; expected the keys 'descr', 'fortran_order' and 'shape'.");

    private static string Describe(object value) => value is string text ? $"'{text}'" : "a list of fields";

    /// <summary>A recursive-descent parser for the subset of Python literals that NumPy writes in headers.</summary>
    private sealed class Parser(string text, string source)
    {
        private int _position;

        public Dictionary<string, object> ParseDictionary()
        {
            var entries = new Dictionary<string, object>(StringComparer.Ordinal);
            Expect('{');
            while (true)
            {
                SkipWhiteSpace();
                if (TryConsume('}'))
                    break;

                string key = ParseString();
                SkipWhiteSpace();
                Expect(':');
                entries[key] = ParseValue();

                SkipWhiteSpace();
                if (TryConsume(','))
                    continue;
                Expect('}');
                break;
            }
            return entries;
        }

        private object ParseValue()
        {
            SkipWhiteSpace();
            if (_position >= text.Length)
                throw Invalid("a value");

            char c = text[_position];
            if (c is '\'' or '"')
                return ParseString();
            if (c == '(')
                return ParseShape();
            if (c == '[')
            {
                SkipBalanced('[', ']');
                return new object();
            }
            if (text.AsSpan(_position).StartsWith("True"))
            {
                _position += 4;
                return true;
            }
            if (text.AsSpan(_position).StartsWith("False"))
            {
                _position += 5;
                return false;
            }
            throw Invalid("a string, a tuple, True or False");
        }

        private int[] ParseShape()
        {
            Expect('(');
            var lengths = new List<int>();
            while (true)
            {
                SkipWhiteSpace();
                if (TryConsume(')'))
                    break;

                int start = _position;
                while (_position < text.Length && char.IsAsciiDigit(text[_position]))
                    _position++;
                if (!int.TryParse(text.AsSpan(start, _position - start), NumberStyles.None, CultureInfo.InvariantCulture, out int length))
                    throw Invalid("a dimension length between 0 and 2147483647");
                lengths.Add(length);
                TryConsume('L');

                SkipWhiteSpace();
                if (TryConsume(','))
                    continue;
                Expect(')');
                break;
            }
            return lengths.ToArray();
        }

        private string ParseString()
        {
            SkipWhiteSpace();
            if (_position >= text.Length || text[_position] is not ('\'' or '"'))
                throw Invalid("a quoted string");

            char quote = text[_position++];
            int end = text.IndexOf(quote, _position);
            if (end < 0)
                throw Invalid($"a closing {quote}");
            string value = text[_position..end];
            _position = end + 1;
            return value;
        }

        private void SkipBalanced(char open, char close)
        {
            int depth = 0;
            do
            {
                if (_position >= text.Length)
                    throw Invalid($"a closing '{close}'");
                if (text[_position] == open)
                    depth++;
                else if (text[_position] == close)
                    depth--;
                _position++;
            }
            while (depth > 0);
        }

        private void SkipWhiteSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
                _position++;
        }

        private bool TryConsume(char c)
        {
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }
            return false;
        }

        private void Expect(char c)
        {
            SkipWhiteSpace();
            if (!TryConsume(c))
                throw Invalid($"'{c}'");
        }

        private InputFormatException Invalid(string expected)
        {
            string found = _position < text.Length ? $"'{text[_position]}'" : "the end of the header";
            return new InputFormatException(source, null, $"the .npy header is not a valid dictionary: expected {expected} at character {_position + 1}, found {found}. Header: {Escape(text)}");
        }

        private static string Escape(string header)
        {
            var builder = new StringBuilder(header.Length);
            foreach (char c in header.TrimEnd())
                builder.Append(char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString());
            return builder.ToString();
        }
    }
}
