namespace NeuronTopology.Curvature;

/// <summary>A stochastic estimate of tr(H): the sample mean of zᵀHz over probes z, with its standard error.</summary>
/// <param name="Trace">The mean of zᵀHz; NaN after a non-finite product.</param>
/// <param name="StandardError">Sample standard deviation of zᵀHz divided by √<paramref name="Probes"/>; NaN after a non-finite product.</param>
/// <param name="Probes">Number of probes used, each one operator product.</param>
/// <param name="Exit">Converged when the relative standard error target was met, IterationLimit when the probes ran out first.</param>
public sealed record TraceEstimate(double Trace, double StandardError, int Probes, IterationExit Exit);
