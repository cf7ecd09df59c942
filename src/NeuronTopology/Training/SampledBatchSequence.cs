using NeuronTopology.Training.Data;

namespace NeuronTopology.Training;

/// <summary>The batches a <see cref="MiniBatchSampler"/> draws for each epoch (shuffled or in order, PyTorch <c>DataLoader</c> semantics).</summary>
public sealed class SampledBatchSequence : IBatchSequence
{
    /// <summary>Creates the sequence over <paramref name="sampler"/>.</summary>
    public SampledBatchSequence(MiniBatchSampler sampler)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        Sampler = sampler;
    }

    /// <summary>The sampler that cuts each epoch into batches.</summary>
    public MiniBatchSampler Sampler { get; }

    /// <inheritdoc/>
    public IEnumerable<int[]> GetBatches(int epoch) => Sampler.Epoch(epoch);
}
