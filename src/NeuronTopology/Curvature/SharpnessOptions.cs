namespace NeuronTopology.Curvature;

/// <summary>Settings of <see cref="Sharpness"/>.</summary>
public sealed record SharpnessOptions
{
    /// <summary>Number of power-iteration steps of the <see cref="SharpnessProtocol.Paper"/> protocol, 20 as in arXiv 2510.02670.</summary>
    public const int PaperIterations = 20;

    /// <summary>The measurement protocol. Default <see cref="SharpnessProtocol.Accurate"/>.</summary>
    public SharpnessProtocol Protocol { get; init; } = SharpnessProtocol.Accurate;

    /// <summary>The eigen-solver of the accurate protocol. <see cref="SharpnessProtocol.Paper"/> always uses power iteration.</summary>
    public SharpnessMethod Method { get; init; } = SharpnessMethod.Lanczos;

    /// <summary>Iteration limit of the accurate protocol, in operator products. Default 1000.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Residual tolerance of the accurate protocol, relative to the eigenvalue's magnitude (see <see cref="LanczosOptions.Tolerance"/>). Default 1e-8.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>Seed of the random start vector.</summary>
    public int Seed { get; init; }

    /// <summary>Whether to return the top eigenvector as well.</summary>
    public bool ComputeEigenvector { get; init; }

    /// <summary>Receives the estimate after every iteration; null (default) for no reports.</summary>
    public IProgress<EigenIterationProgress>? Progress { get; init; }

    /// <summary>The protocol of Yang, Poggio, Chuang and Ziyin (arXiv 2510.02670): 20 power-iteration steps, no convergence test.</summary>
    public static SharpnessOptions Paper { get; } = new() { Protocol = SharpnessProtocol.Paper, Method = SharpnessMethod.PowerIteration };
}
