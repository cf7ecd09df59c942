using System.Numerics.Tensors;

namespace NeuronTopology.Curvature;

/// <summary>H − σI for an operator H and a shift σ: the same eigenvectors, every eigenvalue lowered by σ.</summary>
internal sealed class ShiftedHessianOperator(IHessianOperator hessian, double shift) : IHessianOperator
{
    public int Dimension => hessian.Dimension;

    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        hessian.Multiply(vector, product);
        TensorPrimitives.MultiplyAdd(vector, -shift, product, product);
    }
}
