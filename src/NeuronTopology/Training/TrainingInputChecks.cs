namespace NeuronTopology.Training;

/// <summary>Checks shared by the objective and the trainer that data, network and loss fit together.</summary>
internal static class TrainingInputChecks
{
    /// <exception cref="ArgumentException">The input width differs from the network's, or the targets do not suit the loss.</exception>
    public static void RequireCompatible<T>(MlpArchitecture architecture, Loss loss, SupervisedData<T> data)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        if (data.InputSize != architecture.InputSize)
            throw new ArgumentException($"Data inputs have {data.InputSize} columns but the {architecture} network expects {architecture.InputSize}.", nameof(data));
        loss.Validate(data, architecture.OutputSize);
    }

    /// <exception cref="ArgumentException">An index is outside [0, <paramref name="count"/>).</exception>
    public static void RequireRowIndices(ReadOnlySpan<int> rows, int count, string name)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            if ((uint)rows[i] >= (uint)count)
                throw new ArgumentException($"Row index {rows[i]} at position {i} is out of range because the data has {count} rows.", name);
        }
    }
}
