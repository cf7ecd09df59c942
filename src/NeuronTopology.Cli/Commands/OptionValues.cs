using System.Globalization;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// Parses numeric option values that the settings bind as text. Spectre.Console.Cli 0.57.2 reports a failed
/// conversion as "Failed to convert 'x' to Int32." without the option's name, so the commands convert the text
/// themselves and name the option, the value and what was expected.
/// </summary>
internal static class OptionValues
{
    /// <summary>Returns an error for text that is not an integer of at least <paramref name="minimum"/>, or null when it is (or is absent).</summary>
    public static string? CheckInteger(string option, string? text, int minimum, string expected)
    {
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < minimum)
            return Invalid(option, text, expected);
        return null;
    }

    /// <summary>
    /// Returns an error for text that is not a finite number of at least <paramref name="minimum"/> (or above it when
    /// <paramref name="exclusive"/>), or null when it is (or is absent).
    /// </summary>
    public static string? CheckReal(string option, string? text, double minimum, string expected, bool exclusive = false)
    {
        if (text is null)
            return null;
        if (!TryParseReal(text, out double value) || !double.IsFinite(value) || value < minimum || (exclusive && value == minimum))
            return Invalid(option, text, expected);
        return null;
    }

    /// <summary>The message for a value the option does not accept.</summary>
    public static string Invalid(string option, string text, string expected) => $"invalid value '{text}' for {option}; expected {expected}.";

    /// <summary>Parses text that a Check method accepted; null when the option is absent.</summary>
    public static int? Integer(string? text)
        => text is null ? null : int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses text that a Check method accepted; null when the option is absent.</summary>
    public static double? Real(string? text)
        => text is null ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>True for "inf", "+inf", "infinity" or "+infinity" in any case.</summary>
    public static bool IsInfinity(string text)
        => text.TrimStart('+') is { } unsigned
           && (unsigned.Equals("inf", StringComparison.OrdinalIgnoreCase) || unsigned.Equals("infinity", StringComparison.OrdinalIgnoreCase));

    private static bool TryParseReal(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
