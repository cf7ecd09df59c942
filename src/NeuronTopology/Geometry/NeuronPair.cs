namespace NeuronTopology.Geometry;

/// <summary>
/// Two neurons i &lt; j with their distance in the cloud before and after a map, and the ratio
/// after / before (NaN when the distance before is zero).
/// </summary>
/// <param name="First">Index i of the first neuron.</param>
/// <param name="Second">Index j of the second neuron, greater than <paramref name="First"/>.</param>
/// <param name="DistanceBefore">‖θᵢ − θⱼ‖ in the first cloud.</param>
/// <param name="DistanceAfter">‖θ′ᵢ − θ′ⱼ‖ in the second cloud.</param>
public readonly record struct NeuronPair(int First, int Second, double DistanceBefore, double DistanceAfter)
{
    /// <summary>‖θ′ᵢ − θ′ⱼ‖ / ‖θᵢ − θⱼ‖; NaN when the neurons coincide before the map.</summary>
    public double Ratio => DistanceBefore == 0 ? double.NaN : DistanceAfter / DistanceBefore;
}
