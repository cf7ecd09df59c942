namespace NeuronTopology.Experiments;

/// <summary>
/// The outcome of a sweep against η: which runs kept their topology, and two estimates of the critical learning rate.
/// The empirical η* lies between the largest η at which every seed kept its topology and the smallest η at which some
/// seed broke it, and is reported as their geometric mean with that interval. The interval's width is the grid gap,
/// widened by the seed spread when seeds disagree. The theory's η* is the median over runs of the median measured 1/K.
/// </summary>
public sealed class PhaseDiagram
{
    /// <summary>Builds the diagram from the sweep's runs.</summary>
    public PhaseDiagram(IReadOnlyList<SweepPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        Points = points.OrderBy(point => point.LearningRate).ThenBy(point => point.Seed).ToArray();

        double[] broken = Points.Where(point => point.IsBroken).Select(point => point.LearningRate).ToArray();
        SmallestBroken = broken.Length > 0 ? broken.Min() : null;
        double[] preservedBelow = Points
            .GroupBy(point => point.LearningRate)
            .Where(group => group.All(point => !point.IsBroken) && (SmallestBroken is null || group.Key < SmallestBroken))
            .Select(group => group.Key)
            .ToArray();
        LargestPreserved = preservedBelow.Length > 0 ? preservedBelow.Max() : null;
        IsMonotone = !Points.Any(point => !point.IsBroken && SmallestBroken is double smallest && point.LearningRate > smallest
            && Points.Where(other => other.LearningRate >= smallest && other.LearningRate < point.LearningRate).Any(other => other.IsBroken));

        double[] critical = Points.Where(point => point.CriticalLearningRate is double rate && double.IsFinite(rate)).Select(point => point.CriticalLearningRate!.Value).ToArray();
        TheoreticalCriticalLearningRate = critical.Length > 0 ? RunSummary.Median(critical) : null;
    }

    /// <summary>The runs, by η then seed.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>Largest η below <see cref="SmallestBroken"/> at which every seed kept its topology; null when none did.</summary>
    public double? LargestPreserved { get; }

    /// <summary>Smallest η at which some seed broke its topology or diverged; null when none did.</summary>
    public double? SmallestBroken { get; }

    /// <summary>False when some run above <see cref="SmallestBroken"/> kept its topology although a run between them broke: the boundary is then not sharp.</summary>
    public bool IsMonotone { get; }

    /// <summary>Empirical η*: the geometric mean of <see cref="LargestPreserved"/> and <see cref="SmallestBroken"/>; null unless both exist.</summary>
    public double? EmpiricalCriticalLearningRate => (LargestPreserved, SmallestBroken) is (double low, double high) ? Math.Sqrt(low * high) : null;

    /// <summary>The theory's η* = 1/K, the median over runs of each run's median measured 1/K; null without sharpness.</summary>
    public double? TheoreticalCriticalLearningRate { get; }
}
