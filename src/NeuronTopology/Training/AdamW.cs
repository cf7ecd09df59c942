using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Training;

/// <summary>
/// AdamW (Loshchilov and Hutter, 2019), Adam with decoupled weight decay, as PyTorch 1.13's <c>torch.optim.AdamW</c>:
/// θ ← θ(1 − ηλ) first, then the <see cref="Adam{T}"/> update on the plain gradient.
/// </summary>
public sealed class AdamW<T> : Adam<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates AdamW with PyTorch's defaults (λ = 0.01).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A β is outside [0, 1), or another hyperparameter is negative, NaN or ∞.</exception>
    public AdamW(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 1e-2, bool amsgrad = false)
        : base(learningRate, beta1, beta2, epsilon, weightDecay, amsgrad)
    {
    }

    /// <inheritdoc/>
    public override string Name => "adamw";

    private protected override double CoupledWeightDecay => 0.0;

    private protected override void DecayWeights(Span<T> parameters)
    {
        T factor = T.CreateTruncating(1.0 - LearningRate * WeightDecay);
        TensorPrimitives.Multiply(parameters, factor, parameters);
    }
}
