namespace NeuronTopology.Experiments;

/// <summary>Settings of one run that are not part of the experiment and do not change its numbers.</summary>
public sealed record RunOptions
{
    /// <summary>Worker threads for training and analysis; 0 means <see cref="Environment.ProcessorCount"/>. Results are reproducible for a given count.</summary>
    public int Threads { get; init; }

    /// <summary>Write <c>report.html</c> and its figures at the end.</summary>
    public bool WriteReport { get; init; } = true;
}
