namespace NeuronTopology.Curvature;

/// <summary>The eigen-solver of the <see cref="SharpnessProtocol.Accurate"/> protocol.</summary>
public enum SharpnessMethod
{
    /// <summary>Thick-restart Lanczos (<see cref="Curvature.Lanczos"/>): the most positive eigenvalue, few products.</summary>
    Lanczos,

    /// <summary>
    /// Power iteration (<see cref="Curvature.PowerIteration"/>), slow for a small gap. When the eigenvalue of largest
    /// magnitude λ_d is negative, a second run on H − λ_d I gives the most positive one.
    /// </summary>
    PowerIteration,
}
