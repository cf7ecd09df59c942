using NeuronTopology.Homology;
using Xunit;

namespace NeuronTopology.Tests.Homology;

/// <summary>Betti numbers over the band [ε/ρ, ε] and robust changes, on diagrams written by hand.</summary>
public class BettiBandTests
{
    private static PersistenceDiagram Diagram(double threshold, params PersistenceInterval[][] byDimension) =>
        new(byDimension, threshold, modulus: 2);

    [Fact]
    public void RangeCoversWholeBand()
    {
        // Band [0.2, 0.25]. Dimension 0: a component that dies at 0.22 inside the band. Dimension 1: a loop alive
        // throughout, one born at 0.21 inside the band, one that dies at 0.2 exactly (dead at the band's lower end).
        PersistenceDiagram diagram = Diagram(0.25,
            [new(0, double.PositiveInfinity), new(0, 0.22), new(0, 0.05)],
            [new(0.1, double.PositiveInfinity), new(0.21, double.PositiveInfinity), new(0.1, 0.2)]);

        BettiRange[] ranges = BettiBand.Range(diagram, 0.25, 1.25);

        Assert.Equal([new BettiRange(1, 2), new BettiRange(1, 2)], ranges);
        Assert.Equal("1–2", ranges[0].ToString());
        Assert.Equal("3", new BettiRange(3, 3).ToString());
    }

    [Fact]
    public void RatioOneGivesBettiAtScale()
    {
        PersistenceDiagram diagram = Diagram(0.25,
            [new(0, double.PositiveInfinity), new(0, 0.22), new(0, 0.249)],
            [new(0.24, double.PositiveInfinity), new(0.1, 0.15)],
            [new(0.2, double.PositiveInfinity)]);

        BettiRange[] ranges = BettiBand.Range(diagram, 0.25, 1.0);

        Assert.Equal(diagram.BettiNumbers(0.25), ranges.Select(range => range.Min).ToArray());
        Assert.All(ranges, range => Assert.Equal(range.Min, range.Max));
    }

    [Fact]
    public void BoundaryFeatureIsNoRobustChange()
    {
        PersistenceDiagram first = Diagram(0.5, [new(0, double.PositiveInfinity)], []);
        // A second component that merges at 0.45, inside the band [0.4, 0.5]: b0 is 2 at 0.4 and 1 at 0.5.
        PersistenceDiagram boundary = Diagram(0.5, [new(0, double.PositiveInfinity), new(0, 0.45)], []);
        // A second component that lives through the whole band, and a loop born at 0.3.
        PersistenceDiagram split = Diagram(0.5, [new(0, double.PositiveInfinity), new(0, double.PositiveInfinity)], [new(0.3, double.PositiveInfinity)]);

        Assert.Empty(BettiBand.RobustChanges(first, 0.5, boundary, 0.5));
        IReadOnlyList<BettiChange> changes = BettiBand.RobustChanges(first, 0.5, split, 0.5);
        Assert.Equal([new BettiChange(0, new(1, 1), new(2, 2)), new BettiChange(1, new(0, 0), new(1, 1))], changes);
        // The other way round the same dimensions change, with the ranges swapped.
        Assert.Equal([0, 1], BettiBand.RobustChanges(split, 0.5, first, 0.5).Select(change => change.Dimension));
    }

    [Fact]
    public void ScalesAreTakenPerDiagram()
    {
        // The same shape at twice the size: its classes are born and die at twice the scales, so nothing changes.
        PersistenceDiagram small = Diagram(0.5, [new(0, double.PositiveInfinity), new(0, 0.1)], [new(0.2, double.PositiveInfinity)]);
        PersistenceDiagram large = Diagram(1.0, [new(0, double.PositiveInfinity), new(0, 0.2)], [new(0.4, double.PositiveInfinity)]);

        Assert.Empty(BettiBand.RobustChanges(small, 0.5, large, 1.0));
        Assert.Equal([1], BettiBand.RobustChanges(small, 0.5, large, 0.3).Select(change => change.Dimension));
    }

    [Fact]
    public void BadArgumentsAreRejected()
    {
        PersistenceDiagram diagram = Diagram(0.5, new PersistenceInterval[][] { [new(0, double.PositiveInfinity)] });

        Assert.Throws<ArgumentNullException>(() => BettiBand.Range(null!, 0.5));
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => BettiBand.Range(diagram, double.NaN)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => BettiBand.Range(diagram, -1)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => BettiBand.Range(diagram, 0.6)).ParamName);
        Assert.Equal("ratio", Assert.Throws<ArgumentOutOfRangeException>(() => BettiBand.Range(diagram, 0.5, 0.9)).ParamName);
        Assert.Equal("ratio", Assert.Throws<ArgumentOutOfRangeException>(() => BettiBand.Range(diagram, 0.5, double.PositiveInfinity)).ParamName);
    }
}
