using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// PyTorch's default initialization of <c>nn.Linear(fan_in, fan_out)</c>: <c>kaiming_uniform_(a=√5)</c> on the
/// weight, which is U(−1/√fan_in, 1/√fan_in), and the same uniform law on the bias.
/// </summary>
/// <remarks>
/// The bound follows from gain √(2 / (1 + a²)) = √(1/3) and bound = gain·√(3 / fan_in) = 1/√fan_in
/// (PyTorch's <c>nn.Linear.reset_parameters</c>, and <c>LinearImpl::reset</c> in libtorch). Draws go layer by layer, the
/// weight row-major and then the bias, in <see cref="Xoshiro256StarStar"/> order, so the laws match PyTorch
/// but the numbers do not.
/// </remarks>
public static class PyTorchDefaultInitialization
{
    /// <summary>Returns the bound 1/√<paramref name="fanIn"/> of the uniform law for a layer with <paramref name="fanIn"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fanIn"/> is not positive.</exception>
    public static double Bound(int fanIn)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fanIn);
        return 1.0 / Math.Sqrt(fanIn);
    }

    /// <summary>
    /// Returns the flat parameter vector of a multilayer perceptron with <paramref name="layerSizes"/>
    /// (input, hidden…, output): for each layer its weight (out × in, row-major), then its bias when
    /// <paramref name="bias"/> is set.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two layer sizes are given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A layer size is not positive.</exception>
    public static double[] Initialize(IReadOnlyList<int> layerSizes, bool bias, Xoshiro256StarStar random)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        ArgumentNullException.ThrowIfNull(random);
        if (layerSizes.Count < 2)
            throw new ArgumentException($"Expected at least two layer sizes (input and output), got {layerSizes.Count}.", nameof(layerSizes));
        foreach (int size in layerSizes)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(layerSizes));

        long count = 0;
        for (int layer = 1; layer < layerSizes.Count; layer++)
            count += (long)layerSizes[layer] * layerSizes[layer - 1] + (bias ? layerSizes[layer] : 0);
        var parameters = new double[checked((int)count)];

        int position = 0;
        for (int layer = 1; layer < layerSizes.Count; layer++)
        {
            double limit = Bound(layerSizes[layer - 1]);
            int layerCount = layerSizes[layer] * layerSizes[layer - 1] + (bias ? layerSizes[layer] : 0);
            for (int i = 0; i < layerCount; i++)
                parameters[position++] = random.NextDouble(-limit, limit);
        }
        return parameters;
    }
}
