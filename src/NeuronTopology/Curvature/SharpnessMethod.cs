namespace NeuronTopology.Curvature;

/// <summary>The eigen-solver of the <see cref="SharpnessProtocol.Accurate"/> protocol.</summary>
public enum SharpnessMethod
{
    /// <summary>Thick-restart Lanczos (<see cref="Curvature.Lanczos"/>): the most positive eigenvalue, few products.</summary>
    Lanczos,

    /// <summary>Power iteration (<see cref="Curvature.PowerIteration"/>): the eigenvalue of largest magnitude, slow for a small gap.</summary>
    PowerIteration,
}
