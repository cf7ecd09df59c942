using System.Globalization;

namespace NeuronTopology.Experiments;

/// <summary>Changes to a spec from the command line. Each one set renames the spec (<c>-lrX</c>, <c>-eN</c>, <c>-sS</c>), so its runs are never mistaken for the original's.</summary>
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

    /// <summary>Returns <paramref name="spec"/> with the overrides applied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The learning rate is not a positive finite number, or the epoch count is not positive.</exception>
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
        if (DataDirectory is string data)
            spec = spec with { Data = spec.Data with { Path = Path.GetFullPath(data) } };
        return spec with { Name = name };
    }
}
