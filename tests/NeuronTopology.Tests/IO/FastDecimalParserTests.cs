using System.Globalization;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.IO;

public class FastDecimalParserTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    [InlineData("-2.5", -2.5)]
    [InlineData("+3.25", 3.25)]
    [InlineData("0.1", 0.1)]
    [InlineData(".5", 0.5)]
    [InlineData("7.", 7.0)]
    [InlineData("-7.55108434e-05", -7.55108434e-05)]
    [InlineData("1E22", 1e22)]
    [InlineData("123456789012345", 123456789012345.0)]
    [InlineData("0.000000000000000000001", 1e-21)]
    public void ParsesShortDecimalsExactly(string token, double expected)
    {
        Assert.True(FastDecimalParser.TryParse(token, out double value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void NegativeZeroKeepsSign()
    {
        Assert.True(FastDecimalParser.TryParse("-0.0", out double value));
        Assert.True(double.IsNegative(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("nan")]
    [InlineData("0x10")]
    [InlineData("1e23")]
    [InlineData("1e-400")]
    [InlineData("9007199254740993")]
    [InlineData("-0.63052614468307688")]
    public void LeavesOtherTokensToDoubleParse(string token)
        => Assert.False(FastDecimalParser.TryParse(token, out _));

    [Fact]
    public void AgreesWithDoubleParseOnRandomDecimals()
    {
        var random = new Random(11);
        for (int k = 0; k < 200_000; k++)
        {
            string token = RandomDecimal(random);

            if (!FastDecimalParser.TryParse(token, out double fast))
                continue;
            double reference = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(BitConverter.DoubleToInt64Bits(reference) == BitConverter.DoubleToInt64Bits(fast), $"'{token}': {fast:R} but double.Parse gives {reference:R}");
        }
    }

    // Up to 17 significant digits and exponents up to ±30, so that tokens on both sides of the fast path occur.
    private static string RandomDecimal(Random random)
    {
        string digits = string.Concat(Enumerable.Range(0, random.Next(1, 18)).Select(_ => (char)('0' + random.Next(10))));
        int point = random.Next(digits.Length + 1);
        string sign = random.Next(3) == 0 ? "-" : "";
        string mantissa = digits[..point] + "." + digits[point..];
        string exponent = random.Next(2) == 0 ? "" : FormattableString.Invariant($"e{random.Next(-30, 31)}");
        return sign + mantissa + exponent;
    }
}
