namespace NeuronTopology.Training;

/// <summary>Reorders the neurons of a hidden layer in a flat parameter vector (or any vector of the same layout, such as a gradient).</summary>
public static class NeuronPermutation
{
    /// <summary>
    /// Rewrites <paramref name="values"/> so that neuron j of hidden layer <paramref name="hiddenLayer"/> becomes the
    /// old neuron <paramref name="permutation"/>[j]: its incoming row, bias and outgoing column move together, and the
    /// network computes the same function.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hiddenLayer"/> is not a hidden layer.</exception>
    /// <exception cref="ArgumentException">The vector has the wrong length, or <paramref name="permutation"/> is not a permutation of the layer's neurons.</exception>
    public static void Apply<T>(MlpArchitecture architecture, Span<T> values, int hiddenLayer, ReadOnlySpan<int> permutation)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        NeuronLayout layout = NeuronLayout.Of(architecture, values.Length, hiddenLayer);
        RequirePermutation(permutation, layout.Neurons);

        var original = new T[layout.Neurons * layout.Dimension];
        for (int i = 0; i < layout.Neurons; i++)
        {
            for (int c = 0; c < layout.Dimension; c++)
                original[i * layout.Dimension + c] = values[layout.IndexOf(i, c)];
        }
        for (int j = 0; j < layout.Neurons; j++)
        {
            int source = permutation[j];
            for (int c = 0; c < layout.Dimension; c++)
                values[layout.IndexOf(j, c)] = original[source * layout.Dimension + c];
        }
    }

    /// <summary>Returns the inverse permutation q with q[p[j]] = j.</summary>
    /// <exception cref="ArgumentException"><paramref name="permutation"/> is not a permutation of 0 … n − 1.</exception>
    public static int[] Invert(ReadOnlySpan<int> permutation)
    {
        RequirePermutation(permutation, permutation.Length);
        var inverse = new int[permutation.Length];
        for (int j = 0; j < permutation.Length; j++)
            inverse[permutation[j]] = j;
        return inverse;
    }

    private static void RequirePermutation(ReadOnlySpan<int> permutation, int count)
    {
        if (permutation.Length != count)
            throw new ArgumentException($"Expected a permutation of {count} neurons, got {permutation.Length} entries.", nameof(permutation));
        var seen = new bool[count];
        for (int j = 0; j < count; j++)
        {
            int source = permutation[j];
            if ((uint)source >= (uint)count || seen[source])
                throw new ArgumentException($"Entry {j} of the permutation is {source}; expected each of 0 … {count - 1} exactly once.", nameof(permutation));
            seen[source] = true;
        }
    }
}
