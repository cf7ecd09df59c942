namespace NeuronTopology.Cli.Formatting;

/// <summary>What <c>ntopo homology</c> read and was asked for, as recorded in its JSON output.</summary>
/// <param name="Source">The file path or "standard input".</param>
/// <param name="Format">The input format name, such as "point-cloud".</param>
/// <param name="Points">Number of points n.</param>
/// <param name="MaxDimension">The requested highest homology dimension.</param>
/// <param name="ThresholdGiven">True when --threshold was given; otherwise the engine chose it (the enclosing radius for a dense input).</param>
/// <param name="Ratio">--ratio when given, or null: intervals of dimension 1 and above with death ≤ ratio × birth are listed apart as filtered.</param>
internal sealed record HomologyRunDescription(string Source, string Format, int Points, int MaxDimension, bool ThresholdGiven, double? Ratio = null);
