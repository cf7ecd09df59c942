namespace NeuronTopology.Curvature;

/// <summary>
/// A stochastic operator that applies the Hessian of a different mini-batch on each product, cycling through
/// the given per-batch operators in order. It reproduces a power iteration that draws one new mini-batch per
/// Hessian-vector product; it is not one linear map, so use it with <see cref="PowerIteration"/> only.
/// </summary>
public sealed class MiniBatchHessianOperator : IHessianOperator
{
    private readonly IHessianOperator[] _batches;
    private int _next;

    /// <summary>Cycles through <paramref name="batches"/>, starting with the first.</summary>
    /// <exception cref="ArgumentException">The list is empty, or the operators' dimensions differ.</exception>
    public MiniBatchHessianOperator(IReadOnlyList<IHessianOperator> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (batches.Count == 0)
            throw new ArgumentException("At least one mini-batch operator is required.", nameof(batches));
        for (int i = 0; i < batches.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(batches[i], nameof(batches));
            if (batches[i].Dimension != batches[0].Dimension)
                throw new ArgumentException($"Mini-batch operator {i} has dimension {batches[i].Dimension}; operator 0 has {batches[0].Dimension}.", nameof(batches));
        }
        _batches = batches.ToArray();
    }

    /// <inheritdoc/>
    public int Dimension => _batches[0].Dimension;

    /// <summary>Number of mini-batches cycled through.</summary>
    public int BatchCount => _batches.Length;

    /// <summary>Index of the mini-batch the next product uses.</summary>
    public int NextBatch => _next;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A span's length is not <see cref="Dimension"/>.</exception>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        OperatorArguments.Check(Dimension, vector, product);
        _batches[_next].Multiply(vector, product);
        _next = (_next + 1) % _batches.Length;
    }
}
