using NeuronTopology.Geometry;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// The two-circle start of the 1-D teacher experiments in arXiv 2510.02670 (Yang, Poggio, Chuang, Ziyin), for a bias-free network with one input and one output: two unit circles
/// centred at (0, 1.2) and (0, −1.2), half the neurons evenly spaced on each, then the incoming-weight map
/// w = 0.1·x − 2 on the first coordinate. Neuron i is (w, a) = (0.1·cos φ − 2, ±1.2 + sin φ); b₀ = 2, b₁ = 2.
/// </summary>
/// <remarks>
/// The first ⌈n/2⌉ neurons lie on the upper circle at angles φ = 2πk/⌈n/2⌉, k = 0, 1, …, the rest on the lower
/// circle at φ = 2πk/⌊n/2⌋, matching the order seen in the authors' code release (neuron 0 at (−1.9, 1.2)).
/// The shape has no randomness.
/// </remarks>
public static class TwoCirclesShape
{
    /// <summary>Coordinates per neuron: one incoming and one outgoing weight.</summary>
    public const int NeuronDimension = 2;

    /// <summary>Distance of each circle's centre from the horizontal axis.</summary>
    public const double CentreOffset = 1.2;

    /// <summary>Radius of each circle before the incoming-weight map.</summary>
    public const double Radius = 1.0;

    /// <summary>Creates the <paramref name="neuronCount"/> neurons.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="neuronCount"/> is less than 2.</exception>
    public static PointCloud Create(int neuronCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(neuronCount, 2);

        int upperCount = (neuronCount + 1) / 2;
        var coordinates = new double[neuronCount * NeuronDimension];
        for (int i = 0; i < neuronCount; i++)
        {
            bool upper = i < upperCount;
            int k = upper ? i : i - upperCount;
            int circleCount = upper ? upperCount : neuronCount - upperCount;
            double angle = 2.0 * Math.PI * k / circleCount;

            coordinates[2 * i] = IncomingWeightMap.Apply(Radius * Math.Cos(angle));
            coordinates[2 * i + 1] = (upper ? CentreOffset : -CentreOffset) + Radius * Math.Sin(angle);
        }
        return new PointCloud(coordinates, neuronCount, NeuronDimension);
    }
}
