namespace NeuronTopology.Curvature;

/// <summary>Settings of <see cref="HutchinsonTrace"/>.</summary>
public sealed record HutchinsonOptions
{
    /// <summary>Maximum number of Rademacher probes, each one operator product. Default 100.</summary>
    public int MaxProbes { get; init; } = 100;

    /// <summary>Probes drawn before the stopping rule is checked, because a standard error from a handful of samples is unreliable. Default 10.</summary>
    public int MinProbes { get; init; } = 10;

    /// <summary>
    /// Stopping rule: the estimate is converged when its standard error is at most this fraction of |trace|.
    /// Default 0.01. Zero always draws <see cref="MaxProbes"/> probes.
    /// </summary>
    public double RelativeStandardError { get; init; } = 0.01;

    /// <summary>Seed of the probe vectors.</summary>
    public int Seed { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxProbes, 2, nameof(MaxProbes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinProbes, 2, nameof(MinProbes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinProbes, MaxProbes, nameof(MinProbes));
        if (!double.IsFinite(RelativeStandardError) || RelativeStandardError < 0)
            throw new ArgumentOutOfRangeException(nameof(RelativeStandardError), RelativeStandardError, "The relative standard error must be finite and non-negative.");
    }
}
