using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// RMSprop (Hinton's lecture 6e), as PyTorch 1.13's <c>torch.optim.RMSprop</c>:
/// g ← ∇L + λθ; s ← αs + (1 − α)g²; centered: ḡ ← αḡ + (1 − α)g and s̃ = s − ḡ², else s̃ = s;
/// d ← g / (√s̃ + ε); with momentum μ: b ← μb + d and θ ← θ − ηb, else θ ← θ − ηd.
/// </summary>
public sealed class RmsProp<T> : Optimizer<T>, IPreconditionedOptimizer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private T[] _squareAverage = [];
    private T[]? _gradientAverage;
    private T[]? _momentumBuffer;

    /// <summary>Creates RMSprop with PyTorch's defaults.</summary>
    /// <param name="learningRate">η (PyTorch's default is 1e-2).</param>
    /// <param name="alpha">α, smoothing constant of the running averages.</param>
    /// <param name="epsilon">ε, added to the denominator.</param>
    /// <param name="weightDecay">λ, added to the gradient as λθ.</param>
    /// <param name="momentum">μ, or 0 for no momentum.</param>
    /// <param name="centered">Normalize by the estimated variance instead of the second moment.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is negative, NaN or ∞.</exception>
    public RmsProp(double learningRate = 1e-2, double alpha = 0.99, double epsilon = 1e-8, double weightDecay = 0.0, double momentum = 0.0, bool centered = false)
        : base(learningRate)
    {
        HyperparameterChecks.RequireNonNegative(alpha, nameof(alpha));
        HyperparameterChecks.RequireNonNegative(epsilon, nameof(epsilon));
        HyperparameterChecks.RequireNonNegative(weightDecay, nameof(weightDecay));
        HyperparameterChecks.RequireNonNegative(momentum, nameof(momentum));
        Alpha = alpha;
        Epsilon = epsilon;
        WeightDecay = weightDecay;
        Momentum = momentum;
        Centered = centered;
    }

    /// <inheritdoc/>
    public override string Name => "rmsprop";

    /// <summary>α.</summary>
    public double Alpha { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>L2 weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <summary>Momentum μ.</summary>
    public double Momentum { get; }

    /// <summary>Whether the centered variant is used.</summary>
    public bool Centered { get; }

    /// <summary>Writes P = √s̃ + ε, so the next update without momentum is −η g / P.</summary>
    /// <exception cref="ArgumentException">The span length is not the parameter count (0 before the first step).</exception>
    public void GetPreconditioner(Span<double> diagonal)
    {
        if (diagonal.Length != ParameterCount)
            throw new ArgumentException($"Expected {ParameterCount} entries, got {diagonal.Length}.", nameof(diagonal));
        for (int i = 0; i < diagonal.Length; i++)
        {
            double variance = double.CreateTruncating(_squareAverage[i]);
            if (_gradientAverage is not null)
            {
                double mean = double.CreateTruncating(_gradientAverage[i]);
                variance -= mean * mean;
            }
            diagonal[i] = Math.Sqrt(variance) + Epsilon;
        }
    }

    private protected override void AllocateState(int parameterCount)
    {
        _squareAverage = new T[parameterCount];
        _gradientAverage = Centered ? new T[parameterCount] : null;
        _momentumBuffer = Momentum > 0.0 ? new T[parameterCount] : null;
    }

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient, long step)
    {
        T lr = T.CreateTruncating(LearningRate);
        T alpha = T.CreateTruncating(Alpha);
        T oneMinusAlpha = T.CreateTruncating(1.0 - Alpha);
        T epsilon = T.CreateTruncating(Epsilon);
        T weightDecay = T.CreateTruncating(WeightDecay);
        T momentum = T.CreateTruncating(Momentum);
        bool decay = WeightDecay != 0.0;
        bool centered = Centered;
        bool useMomentum = Momentum > 0.0;
        Span<T> squareAverage = _squareAverage;
        Span<T> gradientAverage = _gradientAverage;
        Span<T> buffer = _momentumBuffer;

        // The vector loop does the scalar loop's operations in the same order, each rounded once, so both give
        // identical bits. The scalar loop finishes the tail.
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var lrs = new Vector<T>(lr);
            var negativeLrs = new Vector<T>(-lr);
            var alphas = new Vector<T>(alpha);
            var oneMinusAlphas = new Vector<T>(oneMinusAlpha);
            var epsilons = new Vector<T>(epsilon);
            var decays = new Vector<T>(weightDecay);
            var momenta = new Vector<T>(momentum);
            for (; i <= parameters.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var theta = new Vector<T>(parameters[i..]);
                var g = new Vector<T>(gradient[i..]);
                if (decay)
                    g += decays * theta;

                var square = new Vector<T>(squareAverage[i..]) * alphas + oneMinusAlphas * g * g;
                square.CopyTo(squareAverage[i..]);

                Vector<T> average;
                if (centered)
                {
                    var mean = new Vector<T>(gradientAverage[i..]) * alphas + oneMinusAlphas * g;
                    mean.CopyTo(gradientAverage[i..]);
                    average = Vector.SquareRoot(square - mean * mean);
                }
                else
                {
                    average = Vector.SquareRoot(square);
                }
                average += epsilons;

                if (useMomentum)
                {
                    var b = new Vector<T>(buffer[i..]) * momenta + g / average;
                    b.CopyTo(buffer[i..]);
                    (theta - lrs * b).CopyTo(parameters[i..]);
                }
                else
                {
                    (theta + negativeLrs * (g / average)).CopyTo(parameters[i..]);
                }
            }
        }

        for (; i < parameters.Length; i++)
        {
            T g = gradient[i];
            if (decay)
                g += weightDecay * parameters[i];

            squareAverage[i] = squareAverage[i] * alpha + oneMinusAlpha * g * g;

            T average;
            if (centered)
            {
                gradientAverage[i] = gradientAverage[i] * alpha + oneMinusAlpha * g;
                average = T.Sqrt(squareAverage[i] - gradientAverage[i] * gradientAverage[i]);
            }
            else
            {
                average = T.Sqrt(squareAverage[i]);
            }
            average += epsilon;

            if (useMomentum)
            {
                buffer[i] = buffer[i] * momentum + g / average;
                parameters[i] -= lr * buffer[i];
            }
            else
            {
                parameters[i] += -lr * (g / average);
            }
        }
    }

    private protected override IEnumerable<(string Name, T[]? Buffer)> StateBuffers()
    {
        yield return ("square_avg", _squareAverage);
        if (Centered)
            yield return ("grad_avg", _gradientAverage);
        if (Momentum > 0.0)
            yield return ("momentum_buffer", _momentumBuffer);
    }

    private protected override void RestoreBuffers(OptimizerState<T> state)
    {
        if (state.ParameterCount == 0)
            return;
        CopyRequired(state, "square_avg", _squareAverage);
        if (Centered)
            CopyRequired(state, "grad_avg", _gradientAverage!);
        if (Momentum > 0.0)
            CopyRequired(state, "momentum_buffer", _momentumBuffer!);
    }
}
