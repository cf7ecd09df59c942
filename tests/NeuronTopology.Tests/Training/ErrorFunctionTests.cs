using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>erf against CPython 3's math.erf (glibc), accurate to about one unit in the last place.</summary>
public class ErrorFunctionTests
{
    [Theory]
    [InlineData(0.01, 0.011283415555849616)]
    [InlineData(0.5, 0.5204998778130465)]
    [InlineData(1.0, 0.8427007929497149)]
    [InlineData(-1.3, -0.9340079449406524)]
    [InlineData(2.0, 0.9953222650189527)]
    [InlineData(2.49, 0.9995707121322661)]
    [InlineData(2.51, 0.9996142945182758)]
    [InlineData(2.7, 0.9998656672600594)]
    [InlineData(3.0, 0.9999779095030014)]
    [InlineData(4.2, 0.9999999971445058)]
    [InlineData(5.9, 0.9999999999999999)]
    public void MatchesReferenceValues(double x, double expected)
    {
        Assert.Equal(expected, ErrorFunction.Erf(x), 1e-15 * Math.Abs(expected));
    }

    [Fact]
    public void MatchesReferenceTableAcrossRange()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "erf", "erf_reference.txt");
        string[] lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.Equal(601, lines.Length);
        foreach (string line in lines)
        {
            string[] fields = line.Split(' ');
            double x = double.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture);
            double expected = double.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(ErrorFunction.Erf(x) - expected) <= 1e-15 * Math.Abs(expected), $"erf({x:R}) = {ErrorFunction.Erf(x):R}, expected {expected:R}");
            Assert.Equal(-ErrorFunction.Erf(x), ErrorFunction.Erf(-x));
        }
    }

    [Fact]
    public void HandlesSpecialValues()
    {
        Assert.Equal(0.0, ErrorFunction.Erf(0.0));
        Assert.Equal(1.0, ErrorFunction.Erf(double.PositiveInfinity));
        Assert.Equal(-1.0, ErrorFunction.Erf(double.NegativeInfinity));
        Assert.True(double.IsNaN(ErrorFunction.Erf(double.NaN)));
    }
}
