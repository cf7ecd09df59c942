namespace NeuronTopology.Cli.Formatting;

/// <summary>Betti numbers b_0..b_k at one scale, and how the scale was requested.</summary>
/// <param name="Scale">The filtration value ε at which intervals with birth ≤ ε &lt; death are counted.</param>
/// <param name="RelativeScale">The fraction of the diameter requested with --betti-at-relative, or null for --betti-at.</param>
/// <param name="Diameter">The largest distance of the input.</param>
/// <param name="Numbers">b_0..b_k.</param>
internal sealed record BettiReport(double Scale, double? RelativeScale, double Diameter, IReadOnlyList<int> Numbers);
