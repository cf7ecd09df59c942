namespace NeuronTopology.Curvature;

/// <summary>The state of an eigen-solver after one iteration, for progress reports during long runs.</summary>
/// <param name="Iteration">Iterations done so far, each one operator product.</param>
/// <param name="Eigenvalue">The current estimate of the requested extreme eigenvalue.</param>
/// <param name="Residual">
/// The current residual of that estimate: the Ritz residual estimate for Lanczos, ‖Hv − λv‖ for power iteration.
/// </param>
public readonly record struct EigenIterationProgress(int Iteration, double Eigenvalue, double Residual);
