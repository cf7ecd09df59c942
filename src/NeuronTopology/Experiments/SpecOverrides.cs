using System.Globalization;

namespace NeuronTopology.Experiments;

/// <summary>
/// Changes to a spec from the command line. Each change to training renames the spec (<c>-lrX</c>, <c>-eN</c>,
/// <c>-sS</c>), so its runs are never mistaken for the original's. The data directory and the topology settings keep
/// the name, because the network trains the same way; the spec.json of the run records them.
/// </summary>
public sealed record SpecOverrides
{
    /// <summary>Learning rate η replacing the spec's.</summary>
    public double? LearningRate { get; init; }

    /// <summary>Number of epochs replacing the spec's.</summary>
    public int? Epochs { get; init; }

    /// <summary>Seed replacing the spec's.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Directory of the IDX files for MNIST and Fashion-MNIST; recorded in the spec's data path without renaming it.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Whether to compute topology, replacing the spec's <see cref="RecordSpec.Topology"/>.</summary>
    public bool? Topology { get; init; }

    /// <summary>
    /// Maximum number of neurons the Vietoris–Rips complex is built on (0 means all), replacing the spec's
    /// <see cref="RecordSpec.TopologyPoints"/>.
    /// </summary>
    public int? TopologyPoints { get; init; }

    /// <summary>Returns <paramref name="spec"/> with the overrides applied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The learning rate is not a positive finite number, the epoch count is not positive, or the topology point count is
    /// negative or 1.
    /// </exception>
    public ExperimentSpec ApplyTo(ExperimentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        string name = spec.Name;
        if (LearningRate is double learningRate)
        {
            if (!double.IsFinite(learningRate) || learningRate <= 0)
                throw new ArgumentOutOfRangeException("--lr", learningRate, "The learning rate must be a positive finite number.");
            spec = spec with { Optimizer = spec.Optimizer with { LearningRate = learningRate } };
            name += "-lr" + learningRate.ToString("R", CultureInfo.InvariantCulture);
        }
        if (Epochs is int epochs)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epochs, "--epochs");
            spec = spec with { Epochs = epochs };
            name += "-e" + epochs.ToString(CultureInfo.InvariantCulture);
        }
        if (Seed is ulong seed)
        {
            spec = spec with { Seed = seed };
            name += "-s" + seed.ToString(CultureInfo.InvariantCulture);
        }
        if (Topology is bool topology)
            spec = spec with { Record = spec.Record with { Topology = topology } };
        if (TopologyPoints is int points)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(points, "--topology-points");
            ArgumentOutOfRangeException.ThrowIfEqual(points, 1, "--topology-points");
            spec = spec with { Record = spec.Record with { TopologyPoints = points } };
        }
        if (DataDirectory is string data)
            spec = spec with { Data = spec.Data with { Path = Path.GetFullPath(data) } };
        return spec with { Name = name };
    }
}
