using System.Runtime.CompilerServices;

namespace NeuronTopology.IO;

/// <summary>
/// Parses the short decimals that point clouds are usually written with (a mantissa below 2⁵³, about 15 significant
/// digits, and an exponent within ±22 after moving the decimal point) exactly and without the general algorithm of
/// <see cref="double.Parse(string)"/>.
/// </summary>
/// <remarks>
/// Clinger's fast path (W. D. Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990): a mantissa
/// below 2⁵³ and a power of ten up to 10²² are both exact doubles, so one IEEE multiplication or division rounds
/// the exact value correctly. Every other token returns false, and the caller falls back to double.Parse.
/// </remarks>
internal static class FastDecimalParser
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses [sign] digits [. digits] [e [sign] digits]; false when the token has another form or is outside the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        int position = 0;
        bool negative = false;
        if (position < token.Length && token[position] is '-' or '+')
        {
            negative = token[position] == '-';
            position++;
        }

        ulong mantissa = 0;
        int scale = 0;
        bool anyDigit = false;
        while (position < token.Length && char.IsAsciiDigit(token[position]))
        {
            if (!Accumulate(ref mantissa, token[position]))
                return false;
            anyDigit = true;
            position++;
        }
        if (position < token.Length && token[position] == '.')
        {
            position++;
            while (position < token.Length && char.IsAsciiDigit(token[position]))
            {
                if (!Accumulate(ref mantissa, token[position]))
                    return false;
                scale--;
                anyDigit = true;
                position++;
            }
        }
        if (!anyDigit)
            return false;

        if (position < token.Length && token[position] is 'e' or 'E')
        {
            position++;
            bool negativeExponent = false;
            if (position < token.Length && token[position] is '-' or '+')
            {
                negativeExponent = token[position] == '-';
                position++;
            }
            int exponent = 0;
            int exponentDigits = 0;
            while (position < token.Length && char.IsAsciiDigit(token[position]) && exponent < 10_000)
            {
                exponent = exponent * 10 + (token[position] - '0');
                exponentDigits++;
                position++;
            }
            if (exponentDigits == 0)
                return false;
            scale += negativeExponent ? -exponent : exponent;
        }
        if (position != token.Length)
            return false;

        double magnitude = mantissa;
        if (mantissa != 0)
        {
            if (scale > 0 && scale < PowersOfTen.Length)
                magnitude *= PowersOfTen[scale];
            else if (scale < 0 && -scale < PowersOfTen.Length)
                magnitude /= PowersOfTen[-scale];
            else if (scale != 0)
                return false;
        }
        value = negative ? -magnitude : magnitude;
        return true;
    }

    // Returns false once the mantissa would leave the range where it converts to a double exactly.
    private static bool Accumulate(ref ulong mantissa, char digit)
    {
        mantissa = mantissa * 10 + (ulong)(digit - '0');
        return mantissa < MaxExactMantissa;
    }
}
