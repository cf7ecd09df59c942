using NeuronTopology.Geometry;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// Sizes of a two-layer perceptron input → hidden → output and the map between its flat parameter vector and
/// the cloud of its hidden neurons. Neuron i is θᵢ = (W₁[i, 0 … in−1], b₁[i] if the layer has biases,
/// W₂[0 … out−1, i]): its incoming weights, its bias, then its outgoing weights.
/// </summary>
/// <remarks>
/// The flat vector is in PyTorch's <c>parameters()</c> order for <c>Linear(in, hidden)</c> then
/// <c>Linear(hidden, out)</c>: W₁ (hidden × in, row-major), b₁ (hidden) when biased, W₂ (out × hidden,
/// row-major), b₂ (out) when biased. The output bias b₂ belongs to no hidden neuron.
/// </remarks>
/// <param name="InputCount">Inputs per sample.</param>
/// <param name="HiddenCount">Hidden neurons.</param>
/// <param name="OutputCount">Outputs per sample.</param>
/// <param name="HasBias">Whether both layers have biases.</param>
public readonly record struct TwoLayerNeuronLayout(int InputCount, int HiddenCount, int OutputCount, bool HasBias)
{
    /// <summary>Coordinates per neuron: in + (1 if biased) + out.</summary>
    public int NeuronDimension => InputCount + (HasBias ? 1 : 0) + OutputCount;

    /// <summary>Length of the flat parameter vector.</summary>
    public int ParameterCount => HiddenCount * NeuronDimension + (HasBias ? OutputCount : 0);

    /// <summary>Layer sizes (input, hidden, output), as a multilayer perceptron takes them.</summary>
    public int[] LayerSizes => [InputCount, HiddenCount, OutputCount];

    /// <summary>
    /// Writes the neurons of <paramref name="neurons"/> (hidden × <see cref="NeuronDimension"/>) into
    /// <paramref name="parameters"/> in PyTorch order, and <paramref name="outputBias"/> into b₂ when the layers
    /// are biased (an empty span writes zeros).
    /// </summary>
    /// <exception cref="ArgumentException">A size does not match the layout.</exception>
    public void WriteNeurons(PointCloud neurons, Span<double> parameters, ReadOnlySpan<double> outputBias = default)
    {
        ArgumentNullException.ThrowIfNull(neurons);
        Validate();
        if (neurons.Count != HiddenCount || neurons.Dimension != NeuronDimension)
            throw new ArgumentException($"Expected {HiddenCount} neurons of dimension {NeuronDimension}, got {neurons.Count} of dimension {neurons.Dimension}.", nameof(neurons));
        if (parameters.Length != ParameterCount)
            throw new ArgumentException($"Expected a parameter vector of length {ParameterCount}, got {parameters.Length}.", nameof(parameters));
        if (!outputBias.IsEmpty && (!HasBias || outputBias.Length != OutputCount))
            throw new ArgumentException(HasBias ? $"Expected an output bias of length {OutputCount}, got {outputBias.Length}." : "The layout has no biases, so no output bias can be written.", nameof(outputBias));

        int biasStart = HiddenCount * InputCount;
        int outgoingStart = biasStart + (HasBias ? HiddenCount : 0);
        int outputBiasStart = outgoingStart + OutputCount * HiddenCount;
        for (int i = 0; i < HiddenCount; i++)
        {
            ReadOnlySpan<double> neuron = neurons[i];
            neuron[..InputCount].CopyTo(parameters.Slice(i * InputCount, InputCount));
            if (HasBias)
                parameters[biasStart + i] = neuron[InputCount];
            ReadOnlySpan<double> outgoing = neuron[(NeuronDimension - OutputCount)..];
            for (int k = 0; k < OutputCount; k++)
                parameters[outgoingStart + k * HiddenCount + i] = outgoing[k];
        }

        if (HasBias)
        {
            Span<double> bias = parameters.Slice(outputBiasStart, OutputCount);
            if (outputBias.IsEmpty)
                bias.Clear();
            else
                outputBias.CopyTo(bias);
        }
    }

    /// <summary>Returns a new parameter vector holding <paramref name="neurons"/> and <paramref name="outputBias"/>, as <see cref="WriteNeurons"/>.</summary>
    /// <exception cref="ArgumentException">A size does not match the layout.</exception>
    public double[] CreateParameters(PointCloud neurons, ReadOnlySpan<double> outputBias = default)
    {
        Validate();
        var parameters = new double[ParameterCount];
        WriteNeurons(neurons, parameters, outputBias);
        return parameters;
    }

    /// <summary>Returns the hidden neurons of a flat parameter vector, copied into a new cloud (the inverse of <see cref="WriteNeurons"/>).</summary>
    /// <exception cref="ArgumentException">The vector's length is not <see cref="ParameterCount"/>.</exception>
    public PointCloud ReadNeurons(ReadOnlySpan<double> parameters)
    {
        Validate();
        if (parameters.Length != ParameterCount)
            throw new ArgumentException($"Expected a parameter vector of length {ParameterCount}, got {parameters.Length}.", nameof(parameters));

        int biasStart = HiddenCount * InputCount;
        int outgoingStart = biasStart + (HasBias ? HiddenCount : 0);
        var coordinates = new double[HiddenCount * NeuronDimension];
        for (int i = 0; i < HiddenCount; i++)
        {
            Span<double> neuron = coordinates.AsSpan(i * NeuronDimension, NeuronDimension);
            parameters.Slice(i * InputCount, InputCount).CopyTo(neuron);
            if (HasBias)
                neuron[InputCount] = parameters[biasStart + i];
            for (int k = 0; k < OutputCount; k++)
                neuron[NeuronDimension - OutputCount + k] = parameters[outgoingStart + k * HiddenCount + i];
        }
        return new PointCloud(coordinates, HiddenCount, NeuronDimension);
    }

    /// <summary>Checks that every size is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(InputCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(HiddenCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(OutputCount);
    }
}
