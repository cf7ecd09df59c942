namespace NeuronTopology.Experiments;

/// <summary>How the hidden neurons are placed before training.</summary>
/// <param name="Kind">figure-eight, two-circles, double-torus, sphere-794, pytorch-default or from-file.</param>
/// <param name="Path">from-file: a <c>.npy</c> or CSV array with one row per hidden neuron (incoming weights, bias if any, outgoing weights).</param>
public sealed record InitialShapeSpec(string Kind, string? Path = null)
{
    /// <summary>Shape names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["figure-eight", "two-circles", "double-torus", "sphere-794", "pytorch-default", "from-file"];
}
