using NeuronTopology.Homology;

namespace NeuronTopology.Tests.Homology;

/// <summary>Compares barcodes as multisets of intervals up to a relative tolerance, as Ripser's 6-digit output requires.</summary>
internal static class IntervalMultiset
{
    public const double RelativeTolerance = 1e-5;

    public static bool Close(double a, double b)
    {
        if (double.IsPositiveInfinity(a) || double.IsPositiveInfinity(b))
            return a == b;
        return Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-9;
    }

    /// <summary>Returns null when the multisets match, else a description of the first unmatched interval.</summary>
    public static string? Difference(IReadOnlyList<PersistenceInterval> expected, IReadOnlyList<PersistenceInterval> actual)
    {
        if (expected.Count != actual.Count)
            return $"expected {expected.Count} intervals, got {actual.Count}: expected [{Format(expected)}], got [{Format(actual)}]";
        var sortedActual = actual.OrderBy(i => i.Death).ThenBy(i => i.Birth).ToList();
        var used = new bool[sortedActual.Count];
        foreach (var interval in expected.OrderBy(i => i.Death).ThenBy(i => i.Birth))
        {
            int match = -1;
            for (int k = 0; k < sortedActual.Count; k++)
            {
                if (!used[k] && Close(sortedActual[k].Birth, interval.Birth) && Close(sortedActual[k].Death, interval.Death))
                {
                    match = k;
                    break;
                }
            }
            if (match < 0)
                return $"no match for [{interval.Birth}, {interval.Death}); got [{Format(actual)}]";
            used[match] = true;
        }
        return null;
    }

    private static string Format(IReadOnlyList<PersistenceInterval> intervals)
        => string.Join(" ", intervals.OrderBy(i => i.Death).ThenBy(i => i.Birth).Take(40).Select(i => $"[{i.Birth:G6},{i.Death:G6})"))
           + (intervals.Count > 40 ? " …" : "");
}
