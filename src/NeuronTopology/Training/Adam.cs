using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// Adam (Kingma and Ba, 2015) with optional coupled L2 weight decay and AMSGrad, as PyTorch 1.13's <c>torch.optim.Adam</c>:
/// g ← ∇L + λθ; m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²; θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε),
/// with v replaced by its running maximum under AMSGrad.
/// </summary>
public class Adam<T> : Optimizer<T>, IPreconditionedOptimizer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private T[] _expAvg = [];
    private T[] _expAvgSq = [];
    private T[]? _maxExpAvgSq;

    /// <summary>Creates Adam with PyTorch's defaults.</summary>
    /// <param name="learningRate">η (PyTorch's default is 1e-3).</param>
    /// <param name="beta1">β₁, decay of the first moment.</param>
    /// <param name="beta2">β₂, decay of the second moment.</param>
    /// <param name="epsilon">ε, added to the denominator.</param>
    /// <param name="weightDecay">λ, added to the gradient as λθ.</param>
    /// <param name="amsgrad">Use the running maximum of the second moment.</param>
    /// <exception cref="ArgumentOutOfRangeException">A β is outside [0, 1), or another hyperparameter is negative, NaN or ∞.</exception>
    public Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0.0, bool amsgrad = false)
        : base(learningRate)
    {
        HyperparameterChecks.RequireUnitInterval(beta1, nameof(beta1));
        HyperparameterChecks.RequireUnitInterval(beta2, nameof(beta2));
        HyperparameterChecks.RequireNonNegative(epsilon, nameof(epsilon));
        HyperparameterChecks.RequireNonNegative(weightDecay, nameof(weightDecay));
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        WeightDecay = weightDecay;
        Amsgrad = amsgrad;
    }

    /// <inheritdoc/>
    public override string Name => "adam";

    /// <summary>β₁.</summary>
    public double Beta1 { get; }

    /// <summary>β₂.</summary>
    public double Beta2 { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>Weight decay λ, coupled L2 here and decoupled in <see cref="AdamW{T}"/>.</summary>
    public double WeightDecay { get; }

    /// <summary>Whether AMSGrad is on.</summary>
    public bool Amsgrad { get; }

    /// <summary>
    /// Writes P with the next update ≈ −η · m̂ / P: P_i = √(v_i / (1 − β₂ᵗ)) + ε, with v the AMSGrad maximum when on
    /// and t the steps taken.
    /// </summary>
    /// <exception cref="InvalidOperationException">No step has been taken, so v̂ is undefined.</exception>
    /// <exception cref="ArgumentException">The span length is not the parameter count.</exception>
    public void GetPreconditioner(Span<double> diagonal)
    {
        if (StepCount == 0)
            throw new InvalidOperationException($"{Name} has no preconditioner before its first step.");
        if (diagonal.Length != ParameterCount)
            throw new ArgumentException($"Expected {ParameterCount} entries, got {diagonal.Length}.", nameof(diagonal));
        double biasCorrection2Sqrt = Math.Sqrt(1.0 - Math.Pow(Beta2, StepCount));
        T[] secondMoment = _maxExpAvgSq ?? _expAvgSq;
        for (int i = 0; i < diagonal.Length; i++)
            diagonal[i] = Math.Sqrt(double.CreateTruncating(secondMoment[i])) / biasCorrection2Sqrt + Epsilon;
    }

    private protected override void AllocateState(int parameterCount)
    {
        _expAvg = new T[parameterCount];
        _expAvgSq = new T[parameterCount];
        _maxExpAvgSq = Amsgrad ? new T[parameterCount] : null;
    }

    /// <summary>Applies decoupled weight decay before the Adam update. Adam has none, so this does nothing.</summary>
    private protected virtual void DecayWeights(Span<T> parameters)
    {
    }

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient, long step)
    {
        T beta1 = T.CreateTruncating(Beta1);
        T beta2 = T.CreateTruncating(Beta2);
        T oneMinusBeta1 = T.CreateTruncating(1.0 - Beta1);
        T oneMinusBeta2 = T.CreateTruncating(1.0 - Beta2);
        T epsilon = T.CreateTruncating(Epsilon);
        T couplingDecay = T.CreateTruncating(CoupledWeightDecay);
        bool decay = CoupledWeightDecay != 0.0;
        bool amsgrad = Amsgrad;
        Span<T> expAvg = _expAvg;
        Span<T> expAvgSq = _expAvgSq;
        Span<T> maxExpAvgSq = _maxExpAvgSq;

        DecayWeights(parameters);

        double biasCorrection1 = 1.0 - Math.Pow(Beta1, step);
        double biasCorrection2 = 1.0 - Math.Pow(Beta2, step);
        T stepSize = T.CreateTruncating(LearningRate / biasCorrection1);
        T biasCorrection2Sqrt = T.CreateTruncating(Math.Sqrt(biasCorrection2));

        // The vector loop does the scalar loop's operations in the same order, each rounded once, so both give
        // identical bits. The scalar loop finishes the tail.
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var beta1s = new Vector<T>(beta1);
            var beta2s = new Vector<T>(beta2);
            var oneMinusBeta1s = new Vector<T>(oneMinusBeta1);
            var oneMinusBeta2s = new Vector<T>(oneMinusBeta2);
            var epsilons = new Vector<T>(epsilon);
            var decays = new Vector<T>(couplingDecay);
            var negativeStepSizes = new Vector<T>(-stepSize);
            var biasCorrection2Sqrts = new Vector<T>(biasCorrection2Sqrt);
            for (; i <= parameters.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var theta = new Vector<T>(parameters[i..]);
                var g = new Vector<T>(gradient[i..]);
                if (decay)
                    g += decays * theta;

                var m = new Vector<T>(expAvg[i..]) * beta1s + oneMinusBeta1s * g;
                var v = new Vector<T>(expAvgSq[i..]) * beta2s + oneMinusBeta2s * g * g;
                m.CopyTo(expAvg[i..]);
                v.CopyTo(expAvgSq[i..]);

                if (amsgrad)
                {
                    v = Vector.Max(new Vector<T>(maxExpAvgSq[i..]), v);
                    v.CopyTo(maxExpAvgSq[i..]);
                }
                var denominator = Vector.SquareRoot(v) / biasCorrection2Sqrts + epsilons;

                (theta + negativeStepSizes * (m / denominator)).CopyTo(parameters[i..]);
            }
        }

        for (; i < parameters.Length; i++)
        {
            T g = gradient[i];
            if (decay)
                g += couplingDecay * parameters[i];

            expAvg[i] = expAvg[i] * beta1 + oneMinusBeta1 * g;
            expAvgSq[i] = expAvgSq[i] * beta2 + oneMinusBeta2 * g * g;

            T secondMoment = expAvgSq[i];
            if (amsgrad)
            {
                maxExpAvgSq[i] = T.Max(maxExpAvgSq[i], expAvgSq[i]);
                secondMoment = maxExpAvgSq[i];
            }
            T denominator = T.Sqrt(secondMoment) / biasCorrection2Sqrt + epsilon;

            parameters[i] += -stepSize * (expAvg[i] / denominator);
        }
    }

    /// <summary>λ added to the gradient inside the update. AdamW sets it to 0 because it decays the weights directly.</summary>
    private protected virtual double CoupledWeightDecay => WeightDecay;

    private protected override IEnumerable<(string Name, T[]? Buffer)> StateBuffers()
    {
        yield return ("exp_avg", _expAvg);
        yield return ("exp_avg_sq", _expAvgSq);
        if (Amsgrad)
            yield return ("max_exp_avg_sq", _maxExpAvgSq);
    }

    private protected override void RestoreBuffers(OptimizerState<T> state)
    {
        if (state.ParameterCount == 0)
            return;
        CopyRequired(state, "exp_avg", _expAvg);
        CopyRequired(state, "exp_avg_sq", _expAvgSq);
        if (Amsgrad)
            CopyRequired(state, "max_exp_avg_sq", _maxExpAvgSq!);
    }
}
