using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Training;

/// <summary>
/// Runs epochs of mini-batch training: for each batch, the loss and its exact gradient, then one optimizer step on
/// the network's flat parameters. Stops with <see cref="TrainingExitCondition.Diverged"/> when the batch loss, the
/// gradient or a parameter becomes NaN or ∞, keeping the last finite parameters.
/// </summary>
/// <remarks>
/// The trainer does not record anything: callers watch each step through <see cref="IProgress{T}"/> or a synchronous
/// callback, which may read <see cref="MultilayerPerceptron{T}.Parameters"/> to take snapshots.
/// After a divergence in the update the parameters are restored, but the optimizer state is not rolled back, so
/// resume from a checkpoint rather than from the trainer.
/// </remarks>
public sealed class Trainer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly SupervisedData<T> _data;
    private readonly TrainerOptions _options;
    private readonly T[] _gradient;
    private readonly T[] _lastFiniteParameters;
    private MlpWorkspace<T>? _workspace;

    /// <summary>Creates a trainer that updates the given network and optimizer in place.</summary>
    /// <exception cref="ArgumentException">The data does not fit the network or the loss.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options' thread count or step limit is negative.</exception>
    public Trainer(MultilayerPerceptron<T> model, Loss loss, Optimizer<T> optimizer, SupervisedData<T> data, TrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new TrainerOptions();
        ArgumentNullException.ThrowIfNull(options.Schedule, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads, nameof(options.Threads));
        if (options.MaxSteps is long maxSteps)
            ArgumentOutOfRangeException.ThrowIfNegative(maxSteps, nameof(options.MaxSteps));
        TrainingInputChecks.RequireCompatible(model.Architecture, loss, data);

        Model = model;
        Loss = loss;
        Optimizer = optimizer;
        _data = data;
        _options = options;
        _gradient = new T[model.Parameters.Length];
        _lastFiniteParameters = new T[model.Parameters.Length];
    }

    /// <summary>The network being trained.</summary>
    public MultilayerPerceptron<T> Model { get; }

    /// <summary>The loss being minimized.</summary>
    public Loss Loss { get; }

    /// <summary>The optimizer applying the steps.</summary>
    public Optimizer<T> Optimizer { get; }

    /// <summary>Steps applied over the trainer's lifetime, so the next step is number <see cref="StepCount"/> + 1.</summary>
    public long StepCount { get; private set; }

    /// <summary>Epochs started over the trainer's lifetime, so the next epoch has index <see cref="EpochCount"/>.</summary>
    public int EpochCount { get; private set; }

    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs of the batches <paramref name="batches"/> returns, continuing the
    /// step and epoch counts of earlier calls.
    /// </summary>
    /// <param name="progress">Receives a report after every applied step.</param>
    /// <param name="afterStep">Called synchronously after every applied step. Return false to stop.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epochs"/> is negative.</exception>
    /// <exception cref="ArgumentException">A batch is empty or has a row index outside the data.</exception>
    public TrainingResult Train(IBatchSequence batches, int epochs, IProgress<TrainingStepReport>? progress = null,
        Func<TrainingStepReport, bool>? afterStep = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        long steps = 0;
        double lastLoss = double.NaN;

        for (int e = 0; e < epochs; e++)
        {
            int epoch = EpochCount++;
            int batchIndex = 0;
            foreach (int[] rows in batches.GetBatches(epoch))
            {
                if (cancellationToken.IsCancellationRequested)
                    return Finish(TrainingExitCondition.Cancelled, steps, e, null, lastLoss, $"cancelled after step {StepCount}");
                if (_options.MaxSteps is long maxSteps && steps >= maxSteps)
                    return Finish(TrainingExitCondition.Completed, steps, e, null, lastLoss, $"reached the limit of {maxSteps} steps");

                long step = StepCount + 1;
                int scheduleStep = _options.ScheduleUnit == ScheduleUnit.Epoch ? epoch : (int)Math.Min(int.MaxValue, step - 1);
                Optimizer.LearningRate = _options.Schedule.LearningRateAt(Optimizer.InitialLearningRate, scheduleStep);

                StepOutcome outcome = TakeStep(rows, out double batchLoss);
                if (outcome != StepOutcome.Applied)
                    return Finish(TrainingExitCondition.Diverged, steps, e, step, lastLoss, $"diverged at step {step}: {Describe(outcome, batchLoss)}");

                StepCount = step;
                steps++;
                lastLoss = batchLoss;
                var report = new TrainingStepReport(step, epoch, batchIndex++, batchLoss, Optimizer.LearningRate);
                progress?.Report(report);
                if (afterStep is not null && !afterStep(report))
                    return Finish(TrainingExitCondition.Stopped, steps, e, null, lastLoss, $"stopped by the caller after step {step}");
            }
        }
        return Finish(TrainingExitCondition.Completed, steps, epochs, null, lastLoss, $"completed {epochs} epochs, {steps} steps");
    }

    private StepOutcome TakeStep(int[] rows, out double batchLoss)
    {
        if (rows is null || rows.Length == 0)
            throw new ArgumentException($"Batch of step {StepCount + 1} is empty; expected at least one row index.", nameof(rows));
        TrainingInputChecks.RequireRowIndices(rows, _data.Count, "batches");
        if (_workspace is null || _workspace.Capacity < rows.Length)
            _workspace = new MlpWorkspace<T>(Model.Architecture, rows.Length);

        _data.GatherInputs(rows, _workspace.Input(rows.Length));
        Model.Forward(_workspace, rows.Length, _options.Threads);
        double scale = Loss.Scale(rows.Length, Model.Architecture.OutputSize);
        batchLoss = Loss.Evaluate(_workspace.Output(rows.Length), _data, rows, scale, _workspace.OutputGradient(rows.Length));
        if (!double.IsFinite(batchLoss))
            return StepOutcome.NonFiniteLoss;

        Model.Backward(_workspace, rows.Length, _gradient, accumulate: false, _options.Threads);
        if (!AllFinite(_gradient))
            return StepOutcome.NonFiniteGradient;

        T[] parameters = Model.Parameters;
        parameters.CopyTo(_lastFiniteParameters, 0);
        Optimizer.Step(parameters, _gradient);
        if (!AllFinite(parameters))
        {
            _lastFiniteParameters.CopyTo(parameters, 0);
            return StepOutcome.NonFiniteParameter;
        }
        return StepOutcome.Applied;
    }

    private TrainingResult Finish(TrainingExitCondition condition, long steps, int epochs, long? divergedAt, double lastLoss, string message) =>
        new(condition, steps, epochs, divergedAt, lastLoss, message);

    private static string Describe(StepOutcome outcome, double batchLoss) => outcome switch
    {
        StepOutcome.NonFiniteLoss => $"the batch loss is {batchLoss}",
        StepOutcome.NonFiniteGradient => "the gradient has a NaN or ∞ entry",
        _ => "the update made a parameter NaN or ∞; the parameters before the step are kept",
    };

    // The largest magnitude is NaN when any entry is NaN and ∞ when any is ∞, so one vectorized reduction decides.
    private static bool AllFinite(ReadOnlySpan<T> values) => values.IsEmpty || T.IsFinite(TensorPrimitives.MaxMagnitude(values));

    private enum StepOutcome
    {
        Applied,
        NonFiniteLoss,
        NonFiniteGradient,
        NonFiniteParameter,
    }
}
