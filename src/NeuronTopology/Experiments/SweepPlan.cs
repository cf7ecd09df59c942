using System.Globalization;

namespace NeuronTopology.Experiments;

/// <summary>A grid of runs of one spec: every learning rate with every seed.</summary>
public sealed class SweepPlan
{
    /// <summary>Creates the grid; seeds are the spec's seed, seed + 1, … seed + seedCount − 1.</summary>
    /// <exception cref="ArgumentException">The list of learning rates is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A learning rate is not a positive finite number, or <paramref name="seedCount"/> is not positive.</exception>
    public SweepPlan(ExperimentSpec spec, IReadOnlyList<double> learningRates, int seedCount)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(learningRates);
        if (learningRates.Count == 0)
            throw new ArgumentException("A sweep needs at least one learning rate.", nameof(learningRates));
        foreach (double rate in learningRates)
        {
            if (!double.IsFinite(rate) || rate <= 0)
                throw new ArgumentOutOfRangeException(nameof(learningRates), rate, "Learning rates must be positive finite numbers.");
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seedCount);
        Spec = spec;
        LearningRates = learningRates.Distinct().Order().ToArray();
        SeedCount = seedCount;
    }

    /// <summary>The spec every run starts from.</summary>
    public ExperimentSpec Spec { get; }

    /// <summary>Learning rates, ascending, without duplicates.</summary>
    public IReadOnlyList<double> LearningRates { get; }

    /// <summary>Seeds per learning rate.</summary>
    public int SeedCount { get; }

    /// <summary>The runs of the grid: spec, and the directory name under the sweep directory.</summary>
    public IReadOnlyList<(ExperimentSpec Spec, string DirectoryName)> Runs()
    {
        var runs = new List<(ExperimentSpec, string)>();
        foreach (double rate in LearningRates)
        {
            for (int offset = 0; offset < SeedCount; offset++)
            {
                ulong seed = Spec.Seed + (ulong)offset;
                string rateText = rate.ToString("R", CultureInfo.InvariantCulture);
                string name = $"{Spec.Name}-lr{rateText}-s{seed.ToString(CultureInfo.InvariantCulture)}";
                ExperimentSpec run = Spec with { Name = name, Seed = seed, Optimizer = Spec.Optimizer with { LearningRate = rate } };
                runs.Add((run, $"lr{rateText}-s{seed.ToString(CultureInfo.InvariantCulture)}"));
            }
        }
        return runs;
    }

    /// <summary>
    /// Parses <c>lo:hi:n</c> into <c>n</c> learning rates spaced evenly on a log scale from lo to hi, both included.
    /// </summary>
    /// <exception cref="FormatException">The text is not three fields lo:hi:n with 0 &lt; lo &lt; hi and n ≥ 2.</exception>
    public static double[] ParseRange(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] fields = text.Split(':');
        if (fields.Length != 3
            || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high)
            || !int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count)
            || !(low > 0) || !(high > low) || !double.IsFinite(high) || count < 2)
        {
            throw new FormatException($"--lr-range '{text}' is not valid; expected lo:hi:n with 0 < lo < hi and n >= 2, e.g. 0.001:0.01:8.");
        }
        var rates = new double[count];
        for (int index = 0; index < count; index++)
            rates[index] = index == count - 1 ? high : low * Math.Pow(high / low, index / (double)(count - 1));
        return rates;
    }

    /// <summary>Parses a comma-separated list of learning rates.</summary>
    /// <exception cref="FormatException">An entry is not a positive finite number.</exception>
    public static double[] ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] fields = text.Split(',', StringSplitOptions.TrimEntries);
        var rates = new double[fields.Length];
        for (int index = 0; index < fields.Length; index++)
        {
            if (!double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out rates[index]) || !(rates[index] > 0) || !double.IsFinite(rates[index]))
                throw new FormatException($"--lr entry '{fields[index]}' is not valid; expected a positive number, e.g. --lr 0.001,0.002,0.004.");
        }
        return rates;
    }
}
