using NeuronTopology.Experiments;
using NeuronTopology.Reporting;
using Xunit;

namespace NeuronTopology.Tests.Reporting;

public class PhaseDiagramFigureTests
{
    [Fact]
    public void RateAxisIncludesTheoryBeyondGrid()
    {
        // The grid spans 1e-4 to 1e-3, but the preserved runs measured 1/K = 0.1: the theory's η* is two decades right of the grid.
        SweepPoint[] points =
        [
            new(1e-4, 1, "a", "completed", "preserved", 2, 0.1),
            new(1e-3, 1, "b", "completed", "preserved", 3, 0.1),
        ];

        (double left, double right) = PhaseDiagramFigure.RateRange(new PhaseDiagram(points));

        Assert.Equal(-4.2, left, 12);
        Assert.Equal(-0.8, right, 12);
    }

    [Fact]
    public void RateAxisWithoutTheoryCoversGrid()
    {
        SweepPoint[] points =
        [
            new(1e-3, 1, "a", "completed", "preserved", 2, null),
            new(1e-2, 1, "b", "completed", "torn", 500, null),
        ];

        (double left, double right) = PhaseDiagramFigure.RateRange(new PhaseDiagram(points));

        Assert.Equal(-3.2, left, 12);
        Assert.Equal(-1.8, right, 12);
    }

    [Theory]
    [InlineData(-7.0, "1e-7")]
    [InlineData(-4.0, "1e-4")]
    [InlineData(0.0, "1e0")]
    [InlineData(2.0, "1e2")]
    public void RateTicksUseOneNotation(double exponent, string expected)
    {
        Assert.Equal(expected, PhaseDiagramFigure.FormatRate(exponent));
    }

    [Fact]
    public void RateTickKeepsMantissa()
    {
        Assert.Equal("2.5e-4", PhaseDiagramFigure.FormatRate(Math.Log10(2.5e-4)));
    }
}
