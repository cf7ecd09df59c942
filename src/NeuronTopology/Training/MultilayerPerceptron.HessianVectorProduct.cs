using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

public sealed partial class MultilayerPerceptron<T>
{
    /// <summary>
    /// Forward half of Pearlmutter's R-operator along the parameter direction <paramref name="direction"/> (V_l, v_l):
    /// R{z_(l+1)} = R{a_l} W_lᵀ + a_l V_lᵀ + v_l and R{a_(l+1)} = σ′(z_(l+1)) ⊙ R{z_(l+1)}, with R{a_0} = 0.
    /// Needs <see cref="Forward"/> on the same rows first, and also fills σ″(z_l).
    /// </summary>
    internal void TangentForward(MlpWorkspace<T> workspace, int rows, T[] direction, int threads)
    {
        int layers = Architecture.LayerCount;
        for (int l = 0; l < layers; l++)
        {
            MatrixSegment<T> tangentZ = workspace.View(workspace.TangentPreActivations[l + 1], l + 1, rows);
            SegmentGemm.Multiply(workspace.View(workspace.Activations[l], l, rows), WeightOf(direction, l), tangentZ, transposeB: true, threads: threads);
            if (l > 0)
                SegmentGemm.Multiply(workspace.View(workspace.TangentActivations[l], l, rows), Weight(l), tangentZ, transposeB: true, accumulate: true, threads: threads);
            MatrixOperations.AddRowVector(tangentZ, BiasOf(direction, l));
            if (l + 1 == layers)
                break;

            int length = tangentZ.Length;
            ReadOnlySpan<T> z = workspace.PreActivations[l + 1].AsSpan(0, length);
            ReadOnlySpan<T> activated = workspace.Activations[l + 1].AsSpan(0, length);
            ActivationFunctions.Derivatives(Architecture.Activation, z, activated, workspace.FirstDerivatives[l + 1].AsSpan(0, length), workspace.SecondDerivatives[l + 1].AsSpan(0, length));
            Multiply(workspace.FirstDerivatives[l + 1].AsSpan(0, length), tangentZ.AsSpan(), workspace.TangentActivations[l + 1]);
        }
    }

    /// <summary>
    /// Backward half of the R-operator, after the loss wrote R{∂L/∂z_out} into the workspace. Adds Hv into
    /// <paramref name="product"/>: R{∂L/∂W_l} = R{δ_(l+1)}ᵀ a_l + δ_(l+1)ᵀ R{a_l} and R{∂L/∂b_l} = column sums of R{δ_(l+1)},
    /// with R{δ_l} = (R{δ_(l+1)} W_l + δ_(l+1) V_l) ⊙ σ′(z_l) + (∂L/∂a_l) ⊙ σ″(z_l) ⊙ R{z_l}.
    /// Needs <see cref="Backward"/> on the same rows first.
    /// </summary>
    internal void TangentBackward(MlpWorkspace<T> workspace, int rows, T[] direction, T[] product, bool accumulate, int threads)
    {
        for (int l = Architecture.LayerCount - 1; l >= 0; l--)
        {
            MatrixSegment<T> delta = workspace.View(workspace.Gradients[l + 1], l + 1, rows);
            MatrixSegment<T> tangentDelta = workspace.View(workspace.TangentGradients[l + 1], l + 1, rows);
            MatrixSegment<T> weightProduct = WeightOf(product, l);
            SegmentGemm.Multiply(tangentDelta, workspace.View(workspace.Activations[l], l, rows), weightProduct, transposeA: true, accumulate: accumulate, threads: threads);
            if (l > 0)
                SegmentGemm.Multiply(delta, workspace.View(workspace.TangentActivations[l], l, rows), weightProduct, transposeA: true, accumulate: true, threads: threads);
            MatrixOperations.ColumnSums(tangentDelta, BiasOf(product, l), accumulate);
            if (l == 0)
                break;

            MatrixSegment<T> tangentActivationGradient = workspace.View(workspace.TangentActivationGradient, l, rows);
            SegmentGemm.Multiply(tangentDelta, Weight(l), tangentActivationGradient, threads: threads);
            SegmentGemm.Multiply(delta, WeightOf(direction, l), tangentActivationGradient, accumulate: true, threads: threads);

            Span<T> result = workspace.TangentGradients[l].AsSpan(0, tangentActivationGradient.Length);
            ReadOnlySpan<T> rga = tangentActivationGradient.AsSpan();
            ReadOnlySpan<T> first = workspace.FirstDerivatives[l];
            ReadOnlySpan<T> second = workspace.SecondDerivatives[l];
            ReadOnlySpan<T> activationGradient = workspace.ActivationGradients[l];
            ReadOnlySpan<T> tangentZ = workspace.TangentPreActivations[l];
            for (int i = 0; i < result.Length; i++)
                result[i] = rga[i] * first[i] + activationGradient[i] * second[i] * tangentZ[i];
        }
    }
}
