namespace NeuronTopology.Curvature;

/// <summary>Shared argument checks of <see cref="IHessianOperator.Multiply"/> implementations.</summary>
internal static class OperatorArguments
{
    public static void Check(int dimension, ReadOnlySpan<double> vector, Span<double> product)
    {
        if (vector.Length != dimension)
            throw new ArgumentException($"The vector has length {vector.Length}; the operator has dimension {dimension}.", nameof(vector));
        if (product.Length != dimension)
            throw new ArgumentException($"The product has length {product.Length}; the operator has dimension {dimension}.", nameof(product));
    }
}
