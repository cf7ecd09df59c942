using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// A first-order optimizer with PyTorch 1.13's update rule (single-tensor path, <c>maximize=False</c>) for one flat
/// parameter vector. Every state buffer has one entry per parameter and every update is elementwise, so a step
/// commutes with any permutation of neurons.
/// </summary>
/// <remarks>
/// State is allocated on the first <see cref="Step"/>, sized to that parameter vector, and later steps must pass the
/// same length. NaN or ∞ in the gradient propagate into the parameters, where the trainer detects them.
/// </remarks>
public abstract class Optimizer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private double _learningRate;
    private readonly Dictionary<string, T[]> _checkpointBuffers = [];
    private readonly HashSet<string> _checkpointPresent = [];
    private long _checkpointStepCount;
    private int _checkpointParameterCount;

    /// <summary>Creates the optimizer with learning rate η.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is negative, NaN or ∞.</exception>
    protected Optimizer(double learningRate)
    {
        HyperparameterChecks.RequireNonNegative(learningRate, nameof(learningRate));
        _learningRate = learningRate;
        InitialLearningRate = learningRate;
    }

    /// <summary>Short name, the key of <see cref="OptimizerFactory"/> (for example "adam").</summary>
    public abstract string Name { get; }

    /// <summary>Learning rate η of the next step, which a <see cref="LearningRateSchedule"/> may change between steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative, NaN or ∞ value.</exception>
    public double LearningRate
    {
        get => _learningRate;
        set
        {
            HyperparameterChecks.RequireNonNegative(value, nameof(LearningRate));
            _learningRate = value;
        }
    }

    /// <summary>The learning rate given at construction, which schedules scale (PyTorch's <c>initial_lr</c>).</summary>
    public double InitialLearningRate { get; }

    /// <summary>Number of steps taken (PyTorch's <c>state['step']</c>).</summary>
    public long StepCount { get; private set; }

    /// <summary>Length of the parameter vector the state is sized for, or 0 before the first step.</summary>
    public int ParameterCount { get; private set; }

    /// <summary>Updates <paramref name="parameters"/> in place from <paramref name="gradient"/> = ∂L/∂θ.</summary>
    /// <exception cref="ArgumentException">The lengths differ from each other or from the length of earlier steps.</exception>
    public void Step(Span<T> parameters, ReadOnlySpan<T> gradient)
    {
        if (parameters.Length != gradient.Length)
            throw new ArgumentException($"The gradient has {gradient.Length} entries but the parameters have {parameters.Length}.", nameof(gradient));
        if (ParameterCount == 0)
        {
            ParameterCount = parameters.Length;
            AllocateState(parameters.Length);
        }
        else if (parameters.Length != ParameterCount)
        {
            throw new ArgumentException($"The optimizer state is for {ParameterCount} parameters but this step passes {parameters.Length}.", nameof(parameters));
        }

        StepCount++;
        Update(parameters, gradient, StepCount);
    }

    /// <summary>Copies the state (step count and every buffer) so a run can resume from a checkpoint.</summary>
    public OptimizerState<T> SaveState()
    {
        var buffers = new Dictionary<string, T[]>();
        foreach ((string name, T[]? buffer) in StateBuffers())
        {
            if (buffer is not null)
                buffers[name] = (T[])buffer.Clone();
        }
        return new OptimizerState<T>(Name, StepCount, ParameterCount, buffers);
    }

    /// <summary>Replaces the state with a copy of <paramref name="state"/>, saved by an optimizer of the same kind.</summary>
    /// <exception cref="ArgumentException">The state belongs to another optimizer, has an unknown or missing buffer, or a buffer of the wrong length.</exception>
    public void LoadState(OptimizerState<T> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Optimizer != Name)
            throw new ArgumentException($"The state was saved by '{state.Optimizer}', not '{Name}'.", nameof(state));
        var known = StateBuffers().Select(b => b.Name).ToHashSet();
        foreach ((string name, T[] buffer) in state.Buffers)
        {
            if (!known.Contains(name))
                throw new ArgumentException($"Unknown state buffer '{name}' for '{Name}'; expected {string.Join(", ", known)}.", nameof(state));
            if (buffer.Length != state.ParameterCount)
                throw new ArgumentException($"State buffer '{name}' has {buffer.Length} entries; expected {state.ParameterCount}.", nameof(state));
        }

        ParameterCount = state.ParameterCount;
        StepCount = state.StepCount;
        if (ParameterCount > 0)
            AllocateState(ParameterCount);
        RestoreBuffers(state);
    }

    /// <summary>
    /// Copies the state into buffers kept for <see cref="RollBack"/>, reusing them from call to call so a training
    /// loop can checkpoint before every step without allocating.
    /// </summary>
    internal void Checkpoint()
    {
        _checkpointStepCount = StepCount;
        _checkpointParameterCount = ParameterCount;
        _checkpointPresent.Clear();
        foreach ((string name, T[]? buffer) in StateBuffers())
        {
            if (buffer is null || ParameterCount == 0)
                continue;
            if (!_checkpointBuffers.TryGetValue(name, out T[]? copy) || copy.Length != buffer.Length)
                _checkpointBuffers[name] = copy = new T[buffer.Length];
            buffer.CopyTo(copy, 0);
            _checkpointPresent.Add(name);
        }
    }

    /// <summary>Restores the state saved by the last <see cref="Checkpoint"/>.</summary>
    internal void RollBack()
    {
        var buffers = _checkpointPresent.ToDictionary(name => name, name => _checkpointBuffers[name]);
        StepCount = _checkpointStepCount;
        ParameterCount = _checkpointParameterCount;
        RestoreBuffers(new OptimizerState<T>(Name, StepCount, ParameterCount, buffers));
    }

    /// <summary>Allocates the per-parameter buffers with their initial values.</summary>
    private protected abstract void AllocateState(int parameterCount);

    /// <summary>Applies step number <paramref name="step"/> (1-based).</summary>
    private protected abstract void Update(Span<T> parameters, ReadOnlySpan<T> gradient, long step);

    /// <summary>The state buffers by PyTorch's state names, null while a buffer is not created yet.</summary>
    private protected abstract IEnumerable<(string Name, T[]? Buffer)> StateBuffers();

    /// <summary>Copies the saved buffers into the freshly allocated state. A lazily created buffer absent from the state stays absent.</summary>
    private protected abstract void RestoreBuffers(OptimizerState<T> state);

    /// <summary>Copies buffer <paramref name="name"/> of <paramref name="state"/> into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The buffer is missing.</exception>
    private protected static void CopyRequired(OptimizerState<T> state, string name, T[] destination)
    {
        if (!state.Buffers.TryGetValue(name, out T[]? buffer))
            throw new ArgumentException($"The state has no buffer '{name}', which '{state.Optimizer}' needs.", nameof(state));
        buffer.CopyTo(destination, 0);
    }
}
