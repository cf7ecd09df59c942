namespace NeuronTopology.Training.Initialization;

/// <summary>
/// The affine map w = 0.1·x − 2 that the initial shapes of arXiv 2510.02670 apply to their first coordinate before it
/// becomes a neuron's (first) incoming weight: it squeezes the shape along that axis and moves it to w ≈ −2.
/// </summary>
public static class IncomingWeightMap
{
    /// <summary>Factor applied to the shape coordinate.</summary>
    public const double Scale = 0.1;

    /// <summary>Offset added after scaling.</summary>
    public const double Offset = -2.0;

    /// <summary>Returns w = 0.1·x − 2.</summary>
    public static double Apply(double x) => Scale * x + Offset;

    /// <summary>Returns x = (w + 2) / 0.1, the shape coordinate of incoming weight <paramref name="w"/>.</summary>
    public static double Invert(double w) => (w - Offset) / Scale;
}
