namespace NeuronTopology.Bench;

/// <summary>The three products of a training step: forward (A·B), weight gradient (Aᵀ·B) and input gradient (A·Bᵀ).</summary>
public enum GemmProduct
{
    /// <summary>C ← A·B.</summary>
    AB,

    /// <summary>C ← Aᵀ·B.</summary>
    AtB,

    /// <summary>C ← A·Bᵀ.</summary>
    ABt,
}
