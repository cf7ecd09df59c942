namespace NeuronTopology.Experiments;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler on the reporting thread, unlike <see cref="Progress{T}"/>, which posts to a synchronization context.</summary>
public sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => handler(value);
}
