using NeuronTopology.Geometry;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// The figure-eight start of the 1-D teacher experiments in arXiv 2510.02670 (Yang, Poggio, Chuang, Ziyin), for a bias-free network with one input and one output: neuron i is
/// (w, a) = (0.1·sin tᵢ − 2, sin 2tᵢ), incoming weight w and outgoing weight a, with tᵢ drawn uniformly
/// from [0, 2π). The curve (sin t, sin 2t) crosses itself once at the origin, so b₀ = 1 and b₁ = 2.
/// </summary>
/// <remarks>
/// The parameters tᵢ are independent uniform draws, not a grid: the neuron clouds of the authors' code release
/// have gaps between consecutive tᵢ ranging from about 10⁻⁶ to 0.15 rad, as random draws do.
/// </remarks>
public static class FigureEightShape
{
    /// <summary>Coordinates per neuron: one incoming and one outgoing weight.</summary>
    public const int NeuronDimension = 2;

    /// <summary>Samples <paramref name="neuronCount"/> neurons, one <see cref="Xoshiro256StarStar.NextDouble()"/> per neuron.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="neuronCount"/> is not positive.</exception>
    public static PointCloud Sample(int neuronCount, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neuronCount);
        ArgumentNullException.ThrowIfNull(random);

        var coordinates = new double[neuronCount * NeuronDimension];
        for (int i = 0; i < neuronCount; i++)
        {
            double t = 2.0 * Math.PI * random.NextDouble();
            coordinates[2 * i] = IncomingWeightMap.Apply(Math.Sin(t));
            coordinates[2 * i + 1] = Math.Sin(2.0 * t);
        }
        return new PointCloud(coordinates, neuronCount, NeuronDimension);
    }
}
