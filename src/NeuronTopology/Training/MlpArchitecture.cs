namespace NeuronTopology.Training;

/// <summary>
/// Shape of a multilayer perceptron: layer sizes (input, hidden…, output), the activation after every layer but
/// the last, and whether each layer has a bias. Fixes the layout of the flat parameter vector in PyTorch's order:
/// for each layer its weight (out × in, row-major), then its bias when present.
/// </summary>
public sealed class MlpArchitecture
{
    private readonly int[] _layerSizes;
    private readonly bool[] _hasBias;
    private readonly int[] _weightOffsets;
    private readonly int[] _biasOffsets;

    /// <summary>Creates an architecture with the same bias setting on every layer.</summary>
    /// <exception cref="ArgumentException">Fewer than two layer sizes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A layer size is not positive, the activation is unknown, or the parameter count overflows.</exception>
    public MlpArchitecture(IReadOnlyList<int> layerSizes, Activation activation, bool bias)
        : this(layerSizes, activation, Enumerable.Repeat(bias, Math.Max(0, (layerSizes?.Count ?? 0) - 1)).ToArray())
    {
    }

    /// <summary>Creates an architecture with a bias setting per layer (<paramref name="bias"/>[l] for the layer from size l to size l + 1).</summary>
    /// <exception cref="ArgumentException">Fewer than two layer sizes, or <paramref name="bias"/> does not have one entry per layer.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A layer size is not positive, the activation is unknown, or the parameter count overflows.</exception>
    public MlpArchitecture(IReadOnlyList<int> layerSizes, Activation activation, IReadOnlyList<bool> bias)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        ArgumentNullException.ThrowIfNull(bias);
        if (layerSizes.Count < 2)
            throw new ArgumentException($"Expected at least two layer sizes (input and output), got {layerSizes.Count}.", nameof(layerSizes));
        if (bias.Count != layerSizes.Count - 1)
            throw new ArgumentException($"Expected one bias flag per layer ({layerSizes.Count - 1}), got {bias.Count}.", nameof(bias));
        for (int i = 0; i < layerSizes.Count; i++)
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(layerSizes[i], $"{nameof(layerSizes)}[{i}]");
        if (!Enum.IsDefined(activation))
            throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");

        _layerSizes = layerSizes.ToArray();
        _hasBias = bias.ToArray();
        Activation = activation;

        int layers = _layerSizes.Length - 1;
        _weightOffsets = new int[layers];
        _biasOffsets = new int[layers];
        long offset = 0;
        for (int l = 0; l < layers; l++)
        {
            _weightOffsets[l] = checked((int)offset);
            offset += (long)_layerSizes[l + 1] * _layerSizes[l];
            _biasOffsets[l] = _hasBias[l] ? checked((int)offset) : -1;
            if (_hasBias[l])
                offset += _layerSizes[l + 1];
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Array.MaxLength, "parameter count");
        ParameterCount = (int)offset;
    }

    /// <summary>Sizes of the input, hidden and output layers.</summary>
    public IReadOnlyList<int> LayerSizes => _layerSizes;

    /// <summary>Activation after every layer but the last.</summary>
    public Activation Activation { get; }

    /// <summary>Number of weight layers, one less than the number of layer sizes.</summary>
    public int LayerCount => _layerSizes.Length - 1;

    /// <summary>Number of hidden layers, those whose neurons form a neuron cloud.</summary>
    public int HiddenLayerCount => _layerSizes.Length - 2;

    /// <summary>Input dimension.</summary>
    public int InputSize => _layerSizes[0];

    /// <summary>Output dimension (number of classes for cross-entropy).</summary>
    public int OutputSize => _layerSizes[^1];

    /// <summary>Length of the flat parameter vector.</summary>
    public int ParameterCount { get; }

    /// <summary>Inputs of layer <paramref name="layer"/>.</summary>
    public int InputsOf(int layer) => _layerSizes[CheckLayer(layer)];

    /// <summary>Outputs of layer <paramref name="layer"/>.</summary>
    public int OutputsOf(int layer) => _layerSizes[CheckLayer(layer) + 1];

    /// <summary>Whether layer <paramref name="layer"/> has a bias.</summary>
    public bool HasBias(int layer) => _hasBias[CheckLayer(layer)];

    /// <summary>Index of layer <paramref name="layer"/>'s weight W[0, 0] in the flat parameter vector.</summary>
    public int WeightOffset(int layer) => _weightOffsets[CheckLayer(layer)];

    /// <summary>Index of layer <paramref name="layer"/>'s bias b[0] in the flat parameter vector, or −1 when it has none.</summary>
    public int BiasOffset(int layer) => _biasOffsets[CheckLayer(layer)];

    /// <summary>Describes the architecture as "1-16-1 sigmoid, no bias".</summary>
    public override string ToString()
    {
        string bias = _hasBias.All(b => b) ? "bias" : _hasBias.Any(b => b) ? "bias on some layers" : "no bias";
        return $"{string.Join('-', _layerSizes)} {Activation.ToString().ToLowerInvariant()}, {bias}";
    }

    private int CheckLayer(int layer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(layer, LayerCount);
        return layer;
    }
}
