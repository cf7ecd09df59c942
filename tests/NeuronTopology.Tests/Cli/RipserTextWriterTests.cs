using NeuronTopology.Cli.Formatting;
using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Cli;

public class RipserTextWriterTests
{
    private static PersistenceDiagram Diagram(params PersistenceInterval[][] intervals)
        => new(intervals, threshold: 2, modulus: 2);

    [Fact]
    public void WritesRipserLayout()
    {
        var diagram = Diagram(
            [new(0, 1), new(0, 1), new(0, 1), new(0, double.PositiveInfinity)],
            [new(1, Math.Sqrt(2))]);
        var output = new StringWriter();

        RipserTextWriter.WriteIntervals(output, diagram, maxDimension: 1, ratio: 1);

        // ripser 1.2.1 --format point-cloud on the unit square prints exactly these lines.
        Assert.Equal(
            "persistence intervals in dim 0:\n [0,1)\n [0,1)\n [0,1)\n [0, )\n"
            + "persistence intervals in dim 1:\n [1,1.41421)\n",
            output.ToString());
    }

    [Fact]
    public void LeavesOutZeroLengthIntervals()
    {
        var diagram = Diagram(
            [new(0, 0), new(0, 0.5), new(0, double.PositiveInfinity)],
            [new(0.7, 0.7), new(0.7, 0.9), new(1.2, double.PositiveInfinity)]);
        var output = new StringWriter();

        RipserTextWriter.WriteIntervals(output, diagram, maxDimension: 1, ratio: 1);

        Assert.Equal(
            "persistence intervals in dim 0:\n [0,0.5)\n [0, )\n"
            + "persistence intervals in dim 1:\n [0.7,0.9)\n [1.2, )\n",
            output.ToString());
    }

    [Fact]
    public void RatioFiltersHigherDimensionsOnly()
    {
        var diagram = Diagram(
            [new(0, 0.1), new(0, double.PositiveInfinity)],
            [new(1, 1.5), new(1, 2.5), new(2, double.PositiveInfinity)]);
        var output = new StringWriter();

        RipserTextWriter.WriteIntervals(output, diagram, maxDimension: 1, ratio: 2);

        Assert.Equal(
            "persistence intervals in dim 0:\n [0,0.1)\n [0, )\n"
            + "persistence intervals in dim 1:\n [1,2.5)\n [2, )\n",
            output.ToString());
    }

    [Fact]
    public void HeadingsFollowRequestedDimension()
    {
        var diagram = Diagram([new(0, double.PositiveInfinity)], [], []);
        var output = new StringWriter();

        RipserTextWriter.WriteIntervals(output, diagram, maxDimension: 0, ratio: 1);

        Assert.Equal("persistence intervals in dim 0:\n [0, )\n", output.ToString());
    }

    [Fact]
    public void WritesBettiNumbers()
    {
        var output = new StringWriter();

        RipserTextWriter.WriteBettiNumbers(output, new BettiReport(0.35355339059327379, 0.25, 1.4142135623730951, [1, 1]));
        RipserTextWriter.WriteBettiNumbers(output, new BettiReport(1.25, null, 5, [2, 0, 0]));

        Assert.Equal(
            "betti numbers at 0.353553 (0.25 x diameter 1.41421):\n dim 0: 1\n dim 1: 1\n"
            + "betti numbers at 1.25:\n dim 0: 2\n dim 1: 0\n dim 2: 0\n",
            output.ToString());
    }
}
