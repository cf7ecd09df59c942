using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// Adagrad (Duchi, Hazan and Singer, 2011), as PyTorch 1.13's <c>torch.optim.Adagrad</c>:
/// g ← ∇L + λθ; η_t = η / (1 + (t − 1)·δ); s ← s + g²; θ ← θ − η_t · g / (√s + ε).
/// </summary>
public sealed class Adagrad<T> : Optimizer<T>, IPreconditionedOptimizer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private T[] _sum = [];

    /// <summary>Creates Adagrad with PyTorch's defaults.</summary>
    /// <param name="learningRate">η (PyTorch's default is 1e-2).</param>
    /// <param name="learningRateDecay">δ, PyTorch's <c>lr_decay</c>.</param>
    /// <param name="weightDecay">λ, added to the gradient as λθ.</param>
    /// <param name="initialAccumulatorValue">Initial value of every entry of s.</param>
    /// <param name="epsilon">ε, added to the denominator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is negative, NaN or ∞.</exception>
    public Adagrad(double learningRate = 1e-2, double learningRateDecay = 0.0, double weightDecay = 0.0, double initialAccumulatorValue = 0.0, double epsilon = 1e-10)
        : base(learningRate)
    {
        HyperparameterChecks.RequireNonNegative(learningRateDecay, nameof(learningRateDecay));
        HyperparameterChecks.RequireNonNegative(weightDecay, nameof(weightDecay));
        HyperparameterChecks.RequireNonNegative(initialAccumulatorValue, nameof(initialAccumulatorValue));
        HyperparameterChecks.RequireNonNegative(epsilon, nameof(epsilon));
        LearningRateDecay = learningRateDecay;
        WeightDecay = weightDecay;
        InitialAccumulatorValue = initialAccumulatorValue;
        Epsilon = epsilon;
    }

    /// <inheritdoc/>
    public override string Name => "adagrad";

    /// <summary>δ.</summary>
    public double LearningRateDecay { get; }

    /// <summary>L2 weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <summary>Initial accumulator value.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>
    /// Writes P = (√s + ε)(1 + t·δ), t the steps taken, so the next update is −η g / P with η the base rate.
    /// Before the first step s is the initial accumulator value.
    /// </summary>
    /// <exception cref="ArgumentException">The span length is not the parameter count (0 before the first step).</exception>
    public void GetPreconditioner(Span<double> diagonal)
    {
        if (diagonal.Length != ParameterCount)
            throw new ArgumentException($"Expected {ParameterCount} entries, got {diagonal.Length}.", nameof(diagonal));
        double decayFactor = 1.0 + StepCount * LearningRateDecay;
        for (int i = 0; i < diagonal.Length; i++)
            diagonal[i] = (Math.Sqrt(double.CreateTruncating(_sum[i])) + Epsilon) * decayFactor;
    }

    private protected override void AllocateState(int parameterCount)
    {
        _sum = new T[parameterCount];
        Array.Fill(_sum, T.CreateTruncating(InitialAccumulatorValue));
    }

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient, long step)
    {
        T weightDecay = T.CreateTruncating(WeightDecay);
        T epsilon = T.CreateTruncating(Epsilon);
        bool decay = WeightDecay != 0.0;
        Span<T> sum = _sum;

        T clr = T.CreateTruncating(LearningRate / (1.0 + (step - 1) * LearningRateDecay));

        // The vector loop does the scalar loop's operations in the same order, each rounded once, so both give
        // identical bits. The scalar loop finishes the tail.
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var decays = new Vector<T>(weightDecay);
            var epsilons = new Vector<T>(epsilon);
            var negativeClrs = new Vector<T>(-clr);
            for (; i <= parameters.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var theta = new Vector<T>(parameters[i..]);
                var g = new Vector<T>(gradient[i..]);
                if (decay)
                    g += decays * theta;

                var total = new Vector<T>(sum[i..]) + g * g;
                total.CopyTo(sum[i..]);

                var std = Vector.SquareRoot(total) + epsilons;

                (theta + negativeClrs * (g / std)).CopyTo(parameters[i..]);
            }
        }

        for (; i < parameters.Length; i++)
        {
            T g = gradient[i];
            if (decay)
                g += weightDecay * parameters[i];

            sum[i] += g * g;

            T std = T.Sqrt(sum[i]) + epsilon;

            parameters[i] += -clr * (g / std);
        }
    }

    private protected override IEnumerable<(string Name, T[]? Buffer)> StateBuffers()
    {
        yield return ("sum", _sum);
    }

    private protected override void RestoreBuffers(OptimizerState<T> state)
    {
        if (state.ParameterCount > 0)
            CopyRequired(state, "sum", _sum);
    }
}
