namespace NeuronTopology.Experiments;

/// <summary>Settings of one run that are not part of the experiment: where data lives and how many threads to use.</summary>
public sealed record RunOptions
{
    /// <summary>Worker threads for training and analysis; 0 means <see cref="Environment.ProcessorCount"/>.</summary>
    public int Threads { get; init; }

    /// <summary>Directory of IDX files for MNIST and Fashion-MNIST, overriding the spec's path; null keeps the spec's.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Write <c>report.html</c> and its figures at the end.</summary>
    public bool WriteReport { get; init; } = true;
}
