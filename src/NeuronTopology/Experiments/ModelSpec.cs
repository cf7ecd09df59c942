namespace NeuronTopology.Experiments;

/// <summary>The multilayer perceptron of an experiment.</summary>
/// <param name="LayerSizes">Widths from input to output, e.g. [1, 1024, 1]; the neuron clouds are the hidden layers.</param>
/// <param name="Activation">Activation after every layer but the last: sigmoid, tanh, relu, gelu or identity.</param>
/// <param name="Bias">Whether every layer has a bias vector.</param>
public sealed record ModelSpec(int[] LayerSizes, string Activation, bool Bias)
{
    /// <summary>Activation names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Activations = ["sigmoid", "tanh", "relu", "gelu", "identity"];
}
