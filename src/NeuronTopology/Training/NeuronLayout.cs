namespace NeuronTopology.Training;

/// <summary>Where the coordinates of each neuron θ_i of one hidden layer sit in the flat parameter vector.</summary>
internal readonly struct NeuronLayout
{
    private readonly int _weightIn;
    private readonly int _bias;
    private readonly int _weightOut;

    private NeuronLayout(int neurons, int incoming, bool hasBias, int outgoing, int weightIn, int bias, int weightOut)
    {
        Neurons = neurons;
        Incoming = incoming;
        HasBias = hasBias;
        Outgoing = outgoing;
        _weightIn = weightIn;
        _bias = bias;
        _weightOut = weightOut;
    }

    public int Neurons { get; }

    public int Incoming { get; }

    public bool HasBias { get; }

    public int Outgoing { get; }

    public int Dimension => Incoming + (HasBias ? 1 : 0) + Outgoing;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hiddenLayer"/> is not a hidden layer.</exception>
    /// <exception cref="ArgumentException"><paramref name="parameterCount"/> is not the architecture's.</exception>
    public static NeuronLayout Of(MlpArchitecture architecture, int parameterCount, int hiddenLayer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hiddenLayer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(hiddenLayer, architecture.HiddenLayerCount);
        if (parameterCount != architecture.ParameterCount)
            throw new ArgumentException($"Expected {architecture.ParameterCount} parameters for a {architecture} network, got {parameterCount}.", "parameters");
        int incomingLayer = hiddenLayer;
        int outgoingLayer = hiddenLayer + 1;
        return new NeuronLayout(
            architecture.OutputsOf(incomingLayer),
            architecture.InputsOf(incomingLayer),
            architecture.HasBias(incomingLayer),
            architecture.OutputsOf(outgoingLayer),
            architecture.WeightOffset(incomingLayer),
            architecture.BiasOffset(incomingLayer),
            architecture.WeightOffset(outgoingLayer));
    }

    /// <summary>Index in the flat vector of coordinate <paramref name="coordinate"/> of neuron <paramref name="neuron"/>.</summary>
    public int IndexOf(int neuron, int coordinate)
    {
        if (coordinate < Incoming)
            return _weightIn + neuron * Incoming + coordinate;
        coordinate -= Incoming;
        if (HasBias)
        {
            if (coordinate == 0)
                return _bias + neuron;
            coordinate--;
        }
        // Outgoing weight W_out[coordinate, neuron]: column `neuron` of an outgoing × neurons matrix.
        return _weightOut + coordinate * Neurons + neuron;
    }
}
