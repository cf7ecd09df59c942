namespace NeuronTopology.Training;

/// <summary>Activation function applied elementwise after every layer of a multilayer perceptron but the last.</summary>
public enum Activation
{
    /// <summary>σ(z) = z.</summary>
    Identity,

    /// <summary>σ(z) = 1 / (1 + e^(−z)).</summary>
    Sigmoid,

    /// <summary>σ(z) = tanh z.</summary>
    Tanh,

    /// <summary>σ(z) = max(0, z), with derivative 0 at z = 0 as in PyTorch.</summary>
    Relu,

    /// <summary>σ(z) = z·Φ(z) = z·(1 + erf(z/√2))/2, the exact form and PyTorch's default (<c>approximate='none'</c>).</summary>
    Gelu,
}
