using System.Globalization;
using System.Text;

namespace NeuronTopology.Cli.Formatting;

/// <summary>
/// Formats numbers as a C++ output stream does by default, which is how Ripser prints them: printf's %g with 6
/// significant digits, rounding half to even as glibc does, trailing zeros removed, and an exponent of at least two
/// digits ("1.41421", "0.0001", "1e-05", "1.23457e+06").
/// </summary>
internal static class CStreamNumberFormat
{
    private const int SignificantDigits = 6;

    /// <summary>Formats <paramref name="value"/>; NaN prints as "nan" and infinities as "inf" and "-inf".</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
            return "nan";
        if (double.IsInfinity(value))
            return value > 0 ? "inf" : "-inf";

        string sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
            return sign + "0";

        var (digits, exponent) = RoundToSignificantDigits(Math.Abs(value));
        string body = exponent < -4 || exponent >= SignificantDigits
            ? Scientific(digits, exponent)
            : Fixed(digits, exponent);
        return sign + body;
    }

    // Returns the 6 significant digits of value and the decimal exponent of the first one. Forty digits of the
    // exact expansion (.NET prints doubles exactly) decide a tie: a double within 1e-23 relative of a 7-digit
    // decimal is that decimal.
    private static (char[] Digits, int Exponent) RoundToSignificantDigits(double value)
    {
        string exact = value.ToString("E40", CultureInfo.InvariantCulture);
        int exponentStart = exact.IndexOf('E');
        int exponent = int.Parse(exact.AsSpan(exponentStart + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = exact[..exponentStart].Replace(".", "");

        char[] digits = mantissa[..SignificantDigits].ToCharArray();
        ReadOnlySpan<char> rest = mantissa.AsSpan(SignificantDigits);
        bool roundUp = rest[0] > '5'
            || (rest[0] == '5' && rest[1..].ContainsAnyExcept('0'))
            || (rest[0] == '5' && (digits[^1] - '0') % 2 == 1);
        if (!roundUp)
            return (digits, exponent);

        for (int k = digits.Length - 1; k >= 0; k--)
        {
            if (digits[k] != '9')
            {
                digits[k]++;
                return (digits, exponent);
            }
            digits[k] = '0';
        }

        // 999999.5 rounds to 1000000: one more decimal place.
        digits[0] = '1';
        return (digits, exponent + 1);
    }

    private static string Scientific(char[] digits, int exponent)
    {
        var builder = new StringBuilder();
        builder.Append(digits[0]);
        string fraction = new string(digits, 1, digits.Length - 1).TrimEnd('0');
        if (fraction.Length > 0)
            builder.Append('.').Append(fraction);
        builder.Append('e').Append(exponent < 0 ? '-' : '+');
        builder.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    private static string Fixed(char[] digits, int exponent)
    {
        string all = new(digits);
        string integerPart;
        string fraction;
        if (exponent >= 0)
        {
            integerPart = all[..(exponent + 1)];
            fraction = all[(exponent + 1)..];
        }
        else
        {
            integerPart = "0";
            fraction = new string('0', -exponent - 1) + all;
        }

        fraction = fraction.TrimEnd('0');
        return fraction.Length == 0 ? integerPart : $"{integerPart}.{fraction}";
    }
}
