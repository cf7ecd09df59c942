namespace NeuronTopology.Training;

/// <summary>The mini-batches of each epoch, as lists of row indices into the training data.</summary>
public interface IBatchSequence
{
    /// <summary>Returns the batches of epoch <paramref name="epoch"/> (0-based) in the order they are used. The same epoch always gives the same batches.</summary>
    IEnumerable<int[]> GetBatches(int epoch);
}
