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
/// When an update makes a parameter non-finite, the parameters and the optimizer state are both rolled back to their
/// values before that step, at the cost of copying them once per step.
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
    /// Sets the step and epoch counts of a trainer that continues an earlier run, for example one restored from a
    /// checkpoint along with the network's parameters and the optimizer's state. The next step is then number
    /// <paramref name="stepCount"/> + 1 and the next epoch has index <paramref name="epochCount"/>, so the schedule
    /// continues where the earlier run left it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public void ResumeAt(long stepCount, int epochCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(stepCount);
        ArgumentOutOfRangeException.ThrowIfNegative(epochCount);
        StepCount = stepCount;
        EpochCount = epochCount;
    }

    /// <summary>
    /// The learning rate that <see cref="Train"/> uses for step <paramref name="step"/> (from 1) of epoch
    /// <paramref name="epoch"/> (from 0): the options' schedule applied to <see cref="Optimizer{T}.InitialLearningRate"/>
    /// at the epoch index or at step − 1, as <see cref="TrainerOptions.ScheduleUnit"/> selects. The other argument is ignored.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is below 1 or <paramref name="epoch"/> is negative.</exception>
    public double LearningRateAt(long step, int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        int scheduleStep = _options.ScheduleUnit == ScheduleUnit.Epoch ? epoch : (int)Math.Min(int.MaxValue, step - 1);
        return _options.Schedule.LearningRateAt(Optimizer.InitialLearningRate, scheduleStep);
    }

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
                Optimizer.LearningRate = LearningRateAt(step, epoch);

                TrainingStepOutcome outcome = Step(rows, out double batchLoss);
                if (outcome != TrainingStepOutcome.Applied)
                    return Finish(TrainingExitCondition.Diverged, steps, e, step, lastLoss, $"diverged at step {step}: {Describe(outcome, batchLoss)}");

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

    /// <summary>
    /// Takes one step on the batch <paramref name="rows"/> at the optimizer's current <see cref="Optimizer{T}.LearningRate"/>,
    /// for callers that run their own loop. <paramref name="batchLoss"/> receives the batch loss before the update.
    /// </summary>
    /// <returns>
    /// <see cref="TrainingStepOutcome.Applied"/>, after which <see cref="StepCount"/> has grown by one, or the reason
    /// the step was not applied. In that case the parameters and the optimizer state are as before the call.
    /// </returns>
    /// <exception cref="ArgumentException">The batch is empty or has a row index outside the data.</exception>
    public TrainingStepOutcome Step(ReadOnlySpan<int> rows, out double batchLoss)
    {
        TrainingStepOutcome outcome = TakeStep(rows, out batchLoss);
        if (outcome == TrainingStepOutcome.Applied)
            StepCount++;
        return outcome;
    }

    private TrainingStepOutcome TakeStep(ReadOnlySpan<int> rows, out double batchLoss)
    {
        if (rows.IsEmpty)
            throw new ArgumentException($"Batch of step {StepCount + 1} is empty; expected at least one row index.", nameof(rows));
        TrainingInputChecks.RequireRowIndices(rows, _data.Count, nameof(rows));
        if (_workspace is null || _workspace.Capacity < rows.Length)
            _workspace = new MlpWorkspace<T>(Model.Architecture, rows.Length);

        _data.GatherInputs(rows, _workspace.Input(rows.Length));
        Model.Forward(_workspace, rows.Length, _options.Threads);
        double scale = Loss.Scale(rows.Length, Model.Architecture.OutputSize);
        batchLoss = Loss.Evaluate(_workspace.Output(rows.Length), _data, rows, scale, _workspace.OutputGradient(rows.Length));
        if (!double.IsFinite(batchLoss))
            return TrainingStepOutcome.NonFiniteLoss;

        Model.Backward(_workspace, rows.Length, _gradient, accumulate: false, _options.Threads);
        if (!AllFinite(_gradient))
            return TrainingStepOutcome.NonFiniteGradient;

        T[] parameters = Model.Parameters;
        parameters.CopyTo(_lastFiniteParameters, 0);
        Optimizer.Checkpoint();
        Optimizer.Step(parameters, _gradient);
        if (!AllFinite(parameters))
        {
            _lastFiniteParameters.CopyTo(parameters, 0);
            Optimizer.RollBack();
            return TrainingStepOutcome.NonFiniteParameter;
        }
        return TrainingStepOutcome.Applied;
    }

    private TrainingResult Finish(TrainingExitCondition condition, long steps, int epochs, long? divergedAt, double lastLoss, string message) =>
        new(condition, steps, epochs, divergedAt, lastLoss, message);

    private static string Describe(TrainingStepOutcome outcome, double batchLoss) => outcome switch
    {
        TrainingStepOutcome.NonFiniteLoss => $"the batch loss is {batchLoss}",
        TrainingStepOutcome.NonFiniteGradient => "the gradient has a NaN or ∞ entry",
        _ => "the update made a parameter NaN or ∞; the parameters before the step are kept",
    };

    // The largest magnitude is NaN when any entry is NaN and ∞ when any is ∞, so one vectorized reduction decides.
    private static bool AllFinite(ReadOnlySpan<T> values) => values.IsEmpty || T.IsFinite(TensorPrimitives.MaxMagnitude(values));
}
