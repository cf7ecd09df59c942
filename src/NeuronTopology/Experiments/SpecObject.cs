using System.Globalization;
using System.Text.Json;

namespace NeuronTopology.Experiments;

/// <summary>
/// One JSON object of a spec being read: typed accessors that throw <see cref="ExperimentSpecException"/>
/// with the JSON path of the value, and a final check that rejects every field nobody asked for.
/// </summary>
internal sealed class SpecObject
{
    private readonly JsonElement _element;
    private readonly string _source;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SpecObject(JsonElement element, string source, string path)
    {
        _source = source;
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
            throw Error(path, $"expected an object, found {Describe(element)}");
        _element = element;
    }

    public string Path { get; }

    public ExperimentSpecException Error(string path, string message) => new(_source, path, message);

    public SpecObject Object(string name)
    {
        JsonElement value = Required(name);
        return new SpecObject(value, _source, Child(name));
    }

    public SpecObject? OptionalObject(string name)
    {
        return TryGet(name, out JsonElement value) ? new SpecObject(value, _source, Child(name)) : null;
    }

    public string String(string name, IReadOnlyList<string>? allowed = null, string? fallback = null)
    {
        JsonElement value;
        if (!TryGet(name, out value))
        {
            if (fallback is not null)
                return fallback;
            throw MissingError(name, allowed is null ? "a string" : "one of " + string.Join(", ", allowed));
        }
        if (value.ValueKind != JsonValueKind.String)
            throw Error(Child(name), $"expected a string, found {Describe(value)}");
        string text = value.GetString()!;
        if (allowed is not null && !allowed.Contains(text))
            throw Error(Child(name), $"'{text}' is not valid; expected one of {string.Join(", ", allowed)}");
        return text;
    }

    public string? OptionalString(string name)
    {
        if (!TryGet(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw Error(Child(name), $"expected a string or null, found {Describe(value)}");
        return value.GetString();
    }

    public double Number(string name, double? fallback, double min, double max, bool minExclusive = false)
    {
        if (!TryGet(name, out JsonElement value))
        {
            if (fallback is double defaultValue)
                return defaultValue;
            throw MissingError(name, "a number");
        }
        if (value.ValueKind != JsonValueKind.Number)
            throw Error(Child(name), $"expected a number, found {Describe(value)}");
        double number = value.GetDouble();
        bool belowMin = minExclusive ? number <= min : number < min;
        if (!double.IsFinite(number) || belowMin || number > max)
        {
            string lower = minExclusive ? $"> {Format(min)}" : $">= {Format(min)}";
            string range = double.IsPositiveInfinity(max) ? lower : $"{lower} and <= {Format(max)}";
            throw Error(Child(name), $"{Format(number)} is out of range; expected a number {range}");
        }
        return number;
    }

    public int Integer(string name, int? fallback, int min, int max = int.MaxValue)
    {
        if (!TryGet(name, out JsonElement value))
        {
            if (fallback is int defaultValue)
                return defaultValue;
            throw MissingError(name, "an integer");
        }
        return ReadInteger(value, Child(name), min, max);
    }

    public ulong UnsignedInteger(string name, ulong? fallback)
    {
        if (!TryGet(name, out JsonElement value))
        {
            if (fallback is ulong defaultValue)
                return defaultValue;
            throw MissingError(name, "a non-negative integer");
        }
        const string Expected = "an integer from 0 to 18446744073709551615";
        if (value.ValueKind != JsonValueKind.Number)
            throw Error(Child(name), $"expected {Expected}, found {Describe(value)}");
        if (!value.TryGetUInt64(out ulong number))
        {
            // 2^64 itself, since ulong.MaxValue rounds up to it as a double.
            throw IsWholeOutside(value, 0, Math.BitDecrement(18446744073709551616.0))
                ? Error(Child(name), $"{value.GetRawText()} is out of range; expected {Expected}")
                : Error(Child(name), $"expected {Expected}, found {Describe(value)}");
        }
        return number;
    }

    public bool Boolean(string name, bool fallback)
    {
        if (!TryGet(name, out JsonElement value))
            return fallback;
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            throw Error(Child(name), $"expected true or false, found {Describe(value)}");
        return value.GetBoolean();
    }

    public int[] IntegerArray(string name, int minLength, int minValue)
    {
        JsonElement value = Required(name);
        string path = Child(name);
        if (value.ValueKind != JsonValueKind.Array)
            throw Error(path, $"expected an array of integers, found {Describe(value)}");
        var result = new int[value.GetArrayLength()];
        if (result.Length < minLength)
            throw Error(path, $"has {result.Length} entries; expected at least {minLength}");
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            result[index] = ReadInteger(item, $"{path}[{index}]", minValue, int.MaxValue);
            index++;
        }
        return result;
    }

    /// <summary>Throws for the first field that no accessor asked for, listing the fields this object accepts.</summary>
    public void RejectUnknownFields()
    {
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
                throw Error(Child(property.Name), $"unknown field; expected one of {string.Join(", ", _known)}");
        }
    }

    /// <summary>Marks fields as accepted without reading them (fields read elsewhere).</summary>
    public void Accept(params string[] names)
    {
        foreach (string name in names)
            _known.Add(name);
    }

    public string Child(string name) => $"{Path}.{name}";

    private int ReadInteger(JsonElement value, string path, int min, int max)
    {
        string expected = $"an integer from {min} to {max}";
        if (value.ValueKind != JsonValueKind.Number)
            throw Error(path, $"expected {expected}, found {Describe(value)}");
        if (value.TryGetInt32(out int number) && number >= min && number <= max)
            return number;
        if (value.TryGetInt32(out _) || IsWholeOutside(value, min, max))
            throw Error(path, $"{value.GetRawText()} is out of range; expected {expected}");
        throw Error(path, $"expected {expected}, found {Describe(value)}");
    }

    // A whole number past the type's range (10^12, 2^40, 1e400) is out of range like -1, not of the wrong kind like 2.5.
    private static bool IsWholeOutside(JsonElement value, double min, double max)
    {
        if (!value.TryGetDouble(out double number))
            return true; // Beyond ±1.8e308: a whole number far outside any range.
        return Math.Floor(number) == number && (number < min || number > max);
    }

    private bool TryGet(string name, out JsonElement value)
    {
        _known.Add(name);
        return _element.TryGetProperty(name, out value);
    }

    private JsonElement Required(string name)
    {
        if (!TryGet(name, out JsonElement value))
            throw MissingError(name, "a value");
        return value;
    }

    private ExperimentSpecException MissingError(string name, string expected)
        => Error(Child(name), $"missing required field; expected {expected}");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };
}
