using NeuronTopology.Cli.Formatting;
using Xunit;

namespace NeuronTopology.Tests.Cli;

public class CStreamNumberFormatTests
{
    // Expected strings are what glibc 2.36's printf("%g") prints for the same doubles, from a C program on
    // Debian 12. Shell printf is no oracle: it parses the literal as a long double.
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.0, "-0")]
    [InlineData(1.0, "1")]
    [InlineData(1.4142135623730951, "1.41421")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-5, "1.5e-05")]
    [InlineData(123456.0, "123456")]
    [InlineData(1234567.0, "1.23457e+06")]
    [InlineData(999999.5, "1e+06")]
    [InlineData(9999995.0, "1e+07")]
    [InlineData(1.015625, "1.01562")]
    [InlineData(1234565.0, "1.23456e+06")]
    [InlineData(2.5, "2.5")]
    [InlineData(0.000123456789, "0.000123457")]
    [InlineData(1e100, "1e+100")]
    [InlineData(5e-324, "4.94066e-324")]
    [InlineData(100000.0, "100000")]
    [InlineData(1e6, "1e+06")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.3333333333333333, "0.333333")]
    [InlineData(12345.65, "12345.6")]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(0.0000999999, "9.99999e-05")]
    [InlineData(999999.4999, "999999")]
    [InlineData(-2.71828182845, "-2.71828")]
    [InlineData(0.1234565, "0.123456")]
    public void MatchesPrintfG(double value, string expected)
        => Assert.Equal(expected, CStreamNumberFormat.Format(value));

    [Fact]
    public void NonFiniteValuesUseCNames()
    {
        Assert.Equal("nan", CStreamNumberFormat.Format(double.NaN));
        Assert.Equal("inf", CStreamNumberFormat.Format(double.PositiveInfinity));
        Assert.Equal("-inf", CStreamNumberFormat.Format(double.NegativeInfinity));
    }
}
