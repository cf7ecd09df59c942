using NeuronTopology.Homology;

namespace NeuronTopology.Cli.Formatting;

/// <summary>
/// Writes a persistence diagram in Ripser 1.2.1's text layout: a line "persistence intervals in dim k:" per
/// dimension, then " [birth,death)" or " [birth, )" per interval, numbers as <see cref="CStreamNumberFormat"/>.
/// </summary>
internal static class RipserTextWriter
{
    /// <summary>
    /// Writes the intervals of dimensions 0..<paramref name="maxDimension"/>. Intervals of length zero are left out,
    /// and in dimensions 1 and above also those with death ≤ <paramref name="ratio"/> × birth, as Ripser's --ratio.
    /// </summary>
    public static void WriteIntervals(TextWriter output, PersistenceDiagram diagram, int maxDimension, double ratio)
    {
        for (int dimension = 0; dimension <= maxDimension; dimension++)
        {
            output.Write($"persistence intervals in dim {dimension}:\n");
            if (dimension > diagram.MaxDimension)
                continue;

            foreach (var interval in diagram.Intervals(dimension))
            {
                if (!(interval.Death > interval.Birth) || (dimension > 0 && !(interval.Death > interval.Birth * ratio)))
                    continue;
                string death = interval.IsInfinite ? " " : CStreamNumberFormat.Format(interval.Death);
                output.Write($" [{CStreamNumberFormat.Format(interval.Birth)},{death})\n");
            }
        }
    }

    /// <summary>Writes "betti numbers at S:" and one line " dim k: b_k" for each dimension of <paramref name="betti"/>.</summary>
    public static void WriteBettiNumbers(TextWriter output, BettiReport betti)
    {
        string scale = CStreamNumberFormat.Format(betti.Scale);
        string heading = betti.RelativeScale is { } relative
            ? $"betti numbers at {scale} ({CStreamNumberFormat.Format(relative)} x diameter {CStreamNumberFormat.Format(betti.Diameter)}):"
            : $"betti numbers at {scale}:";
        output.Write(heading + "\n");
        for (int dimension = 0; dimension < betti.Numbers.Count; dimension++)
            output.Write($" dim {dimension}: {betti.Numbers[dimension]}\n");
    }
}
