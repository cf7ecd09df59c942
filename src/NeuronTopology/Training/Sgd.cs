using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// Stochastic gradient descent with optional L2 weight decay, heavy-ball momentum with dampening, and Nesterov
/// momentum, as PyTorch 1.13's <c>torch.optim.SGD</c>:
/// g ← ∇L + λθ; b ← g on the first step, else b ← μb + (1 − τ)g; d ← g + μb (Nesterov) or b; θ ← θ − ηd.
/// </summary>
public sealed class Sgd<T> : Optimizer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private T[]? _momentumBuffer;

    /// <summary>Creates SGD with PyTorch's defaults (no momentum, dampening or weight decay).</summary>
    /// <param name="learningRate">η.</param>
    /// <param name="momentum">μ, or 0 for no momentum.</param>
    /// <param name="dampening">τ, applied from the second step on.</param>
    /// <param name="weightDecay">λ, added to the gradient as λθ (coupled L2).</param>
    /// <param name="nesterov">Use Nesterov's look-ahead form, which needs μ &gt; 0 and τ = 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is negative, NaN or ∞, or <paramref name="dampening"/> exceeds 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="nesterov"/> with μ = 0 or τ ≠ 0.</exception>
    public Sgd(double learningRate, double momentum = 0.0, double dampening = 0.0, double weightDecay = 0.0, bool nesterov = false)
        : base(learningRate)
    {
        HyperparameterChecks.RequireNonNegative(momentum, nameof(momentum));
        HyperparameterChecks.RequireClosedUnitInterval(dampening, nameof(dampening));
        HyperparameterChecks.RequireNonNegative(weightDecay, nameof(weightDecay));
        if (nesterov && (momentum <= 0.0 || dampening != 0.0))
            throw new ArgumentException($"Nesterov momentum needs momentum > 0 and dampening = 0; got momentum = {momentum}, dampening = {dampening}.", nameof(nesterov));
        Momentum = momentum;
        Dampening = dampening;
        WeightDecay = weightDecay;
        Nesterov = nesterov;
    }

    /// <inheritdoc/>
    public override string Name
    {
        get
        {
            if (Nesterov)
                return "nesterov";
            return Momentum > 0.0 ? "momentum" : "sgd";
        }
    }

    /// <summary>Momentum factor μ.</summary>
    public double Momentum { get; }

    /// <summary>Dampening τ.</summary>
    public double Dampening { get; }

    /// <summary>L2 weight decay λ.</summary>
    public double WeightDecay { get; }

    /// <summary>Whether the Nesterov form is used.</summary>
    public bool Nesterov { get; }

    private protected override void AllocateState(int parameterCount) => _momentumBuffer = null;

    private protected override void Update(Span<T> parameters, ReadOnlySpan<T> gradient, long step)
    {
        T lr = T.CreateTruncating(LearningRate);
        T momentum = T.CreateTruncating(Momentum);
        T oneMinusDampening = T.CreateTruncating(1.0 - Dampening);
        T weightDecay = T.CreateTruncating(WeightDecay);
        bool decay = WeightDecay != 0.0;
        bool useMomentum = Momentum != 0.0;
        bool nesterov = Nesterov;
        bool firstMomentumStep = useMomentum && _momentumBuffer is null;
        if (firstMomentumStep)
            _momentumBuffer = new T[parameters.Length];
        Span<T> buffer = _momentumBuffer;

        // The vector loop does the scalar loop's operations in the same order, each rounded once, so both give
        // identical bits. The scalar loop finishes the tail.
        int i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported)
        {
            var lrs = new Vector<T>(lr);
            var momenta = new Vector<T>(momentum);
            var oneMinusDampenings = new Vector<T>(oneMinusDampening);
            var decays = new Vector<T>(weightDecay);
            for (; i <= parameters.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var theta = new Vector<T>(parameters[i..]);
                var d = new Vector<T>(gradient[i..]);
                if (decay)
                    d += decays * theta;

                if (useMomentum)
                {
                    var b = firstMomentumStep ? d : new Vector<T>(buffer[i..]) * momenta + oneMinusDampenings * d;
                    b.CopyTo(buffer[i..]);
                    d = nesterov ? d + momenta * b : b;
                }

                (theta - lrs * d).CopyTo(parameters[i..]);
            }
        }

        for (; i < parameters.Length; i++)
        {
            T d = gradient[i];
            if (decay)
                d += weightDecay * parameters[i];

            if (useMomentum)
            {
                buffer[i] = firstMomentumStep ? d : buffer[i] * momentum + oneMinusDampening * d;
                d = nesterov ? d + momentum * buffer[i] : buffer[i];
            }

            parameters[i] -= lr * d;
        }
    }

    private protected override IEnumerable<(string Name, T[]? Buffer)> StateBuffers()
    {
        yield return ("momentum_buffer", _momentumBuffer);
    }

    private protected override void RestoreBuffers(OptimizerState<T> state)
    {
        _momentumBuffer = state.Buffers.TryGetValue("momentum_buffer", out T[]? buffer) ? (T[])buffer.Clone() : null;
    }
}
