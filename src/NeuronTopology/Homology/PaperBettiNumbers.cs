namespace NeuronTopology.Homology;

/// <summary>Betti numbers b0, b1, b2 of the Vietoris–Rips complex of a cloud at <see cref="Scale"/>.</summary>
/// <param name="Diameter">Diameter of the cloud.</param>
/// <param name="Scale">Scale ε at which the complex is taken.</param>
/// <param name="B0">Number of connected components.</param>
/// <param name="B1">Number of independent loops.</param>
/// <param name="B2">Number of independent voids.</param>
public sealed record PaperBettiNumbers(double Diameter, double Scale, int B0, int B1, int B2);
