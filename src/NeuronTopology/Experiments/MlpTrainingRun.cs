using System.Numerics;
using NeuronTopology.Curvature;
using NeuronTopology.Geometry;
using NeuronTopology.Numerics;
using NeuronTopology.Training;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Experiments;

/// <summary>
/// The training engine behind a spec: a multilayer perceptron in <typeparamref name="T"/> arithmetic, its optimizer
/// and data, stepped one mini-batch at a time. Losses, accuracy and sharpness are always measured in float64, on a
/// copy of the parameters when <typeparamref name="T"/> is float.
/// </summary>
/// <remarks>
/// Each step is <see cref="Trainer{T}.Step"/>, with the schedule applied per step. A resumed run sets the trainer's step
/// count from the checkpoint (<see cref="Trainer{T}.ResumeAt"/>), so it continues the schedule at the global step number.
/// </remarks>
internal sealed class MlpTrainingRun<T> : ITrainingRun where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Seed stream of the batch order; see <see cref="ExperimentData.DataStream"/>.</summary>
    public const ulong BatchStream = 3;

    private readonly ExperimentSpec _spec;
    private readonly int _threads;
    private readonly MlpArchitecture _architecture;
    private readonly MultilayerPerceptron<T> _model;
    private readonly Optimizer<T> _optimizer;
    private readonly Loss _loss;
    private readonly SupervisedData<T> _train;
    private readonly MiniBatchSampler _sampler;
    private readonly int _stepsPerEpoch;
    private readonly Trainer<T> _trainer;
    private readonly Evaluation _evaluation;

    // The parameters widened to float64 for the measurements, reused so that a measurement allocates no copy.
    private readonly double[] _wide;

    public MlpTrainingRun(ExperimentSpec spec, RunOptions options)
    {
        _spec = spec;
        _threads = options.Threads == 0 ? Environment.ProcessorCount : options.Threads;
        DatasetSplit split = ExperimentData.Load(spec);
        _architecture = new MlpArchitecture(spec.Model.LayerSizes, Enum.Parse<Activation>(spec.Model.Activation, ignoreCase: true), spec.Model.Bias);
        _loss = spec.Loss == "mse" ? Loss.MeanSquaredError : Loss.CrossEntropy;

        double[] initial = InitialParameters.Create(spec);
        _model = new MultilayerPerceptron<T>(_architecture, Convert(initial));
        _optimizer = CreateOptimizer(spec.Optimizer);
        _train = ToSupervised<T>(split.Train);
        _sampler = new MiniBatchSampler(split.Train.Count, spec.BatchSize, shuffle: true, dropLast: false, Numerics.SplitMix64.DeriveSeed(spec.Seed, BatchStream));
        _stepsPerEpoch = (split.Train.Count + spec.BatchSize - 1) / spec.BatchSize;
        var trainerOptions = new TrainerOptions { Schedule = CreateSchedule(spec, _stepsPerEpoch), ScheduleUnit = ScheduleUnit.Step, Threads = _threads };
        _trainer = new Trainer<T>(_model, _loss, _optimizer, _train, trainerOptions);
        _wide = new double[_architecture.ParameterCount];
        _evaluation = new Evaluation(_architecture, _loss, split, spec.Record.SharpnessSamples, _threads);
    }

    public int TrainCount => _train.Count;

    public int ParameterCount => _architecture.ParameterCount;

    public int[] EpochOrder(int epoch) => _sampler.Epoch(epoch - 1).SelectMany(batch => batch).ToArray();

    public double LearningRate(long step) => _trainer.LearningRateAt(step, (int)((step - 1) / _stepsPerEpoch));

    public StepOutcome Step(ReadOnlySpan<int> batch, double learningRate)
    {
        _optimizer.LearningRate = learningRate;
        TrainingStepOutcome outcome = _trainer.Step(batch, out double loss);
        return new StepOutcome(loss, Diverged: outcome != TrainingStepOutcome.Applied);
    }

    public (double Loss, double? Accuracy) Evaluate(bool test) => _evaluation.Evaluate(WidenParameters(), test);

    public PointCloud NeuronCloud() => Training.NeuronCloud.FromModel(_model, 0).Points;

    public double Sharpness(int samples, CancellationToken cancellationToken)
    {
        IPreconditionedOptimizer? adaptive = _optimizer as IPreconditionedOptimizer;
        if (adaptive is not null && _optimizer.StepCount == 0)
            return double.NaN;
        return _evaluation.Sharpness(WidenParameters(), adaptive, cancellationToken);
    }

    private double[] WidenParameters()
    {
        Widen(_model.Parameters, _wide);
        return _wide;
    }

    public double[] ExportParameters() => Widen(_model.Parameters);

    public OptimizerState<double> ExportOptimizerState()
    {
        OptimizerState<T> state = _optimizer.SaveState();
        var buffers = state.Buffers.ToDictionary(pair => pair.Key, pair => Widen(pair.Value), StringComparer.Ordinal);
        return new OptimizerState<double>(state.Optimizer, state.StepCount, state.ParameterCount, buffers);
    }

    public void Import(double[] parameters, OptimizerState<double> optimizerState)
    {
        Convert(parameters).CopyTo(_model.Parameters, 0);
        var buffers = optimizerState.Buffers.ToDictionary(pair => pair.Key, pair => Convert(pair.Value), StringComparer.Ordinal);
        _optimizer.LoadState(new OptimizerState<T>(optimizerState.Optimizer, optimizerState.StepCount, optimizerState.ParameterCount, buffers));
        // Every applied step is one optimizer step, so the optimizer's count is the run's step count.
        long step = optimizerState.StepCount;
        _trainer.ResumeAt(step, (int)((step + _stepsPerEpoch - 1) / _stepsPerEpoch));
    }

    public void Dispose()
    {
    }

    // The data set's own arrays are shared, not copied, when TData is double: nothing writes to them, and a copy of
    // the 60 000 MNIST images is 376 MB.
    internal static SupervisedData<TData> ToSupervised<TData>(Dataset dataset) where TData : unmanaged, IBinaryFloatingPointIeee754<TData>
    {
        var inputs = new Matrix<TData>(dataset.Inputs.Rows, dataset.Inputs.Columns, ShareOrConvert<TData>(dataset.Inputs.Data));
        return dataset.Labels is int[] labels
            ? SupervisedData<TData>.WithLabels(inputs, labels)
            : SupervisedData<TData>.WithTargets(inputs, new Matrix<TData>(dataset.Targets!.Rows, dataset.Targets.Columns, ShareOrConvert<TData>(dataset.Targets.Data)));
    }

    private static TData[] ShareOrConvert<TData>(double[] values) where TData : unmanaged, IBinaryFloatingPointIeee754<TData> =>
        values is TData[] same ? same : ConvertTo<TData>(values);

    private static Optimizer<T> CreateOptimizer(OptimizerSpec spec) => spec.Kind switch
    {
        "sgd" => new Sgd<T>(spec.LearningRate, weightDecay: spec.WeightDecay),
        "momentum" => new Sgd<T>(spec.LearningRate, momentum: spec.Momentum, weightDecay: spec.WeightDecay),
        "nesterov" => new Sgd<T>(spec.LearningRate, momentum: spec.Momentum, weightDecay: spec.WeightDecay, nesterov: true),
        "adam" => new Adam<T>(spec.LearningRate, spec.Beta1, spec.Beta2, spec.Epsilon, spec.WeightDecay),
        "adamw" => new AdamW<T>(spec.LearningRate, spec.Beta1, spec.Beta2, spec.Epsilon, spec.WeightDecay),
        "rmsprop" => new RmsProp<T>(spec.LearningRate, epsilon: spec.Epsilon, weightDecay: spec.WeightDecay, momentum: spec.Momentum),
        "adagrad" => new Adagrad<T>(spec.LearningRate, weightDecay: spec.WeightDecay, epsilon: spec.Epsilon),
        _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown optimizer."),
    };

    private static LearningRateSchedule CreateSchedule(ExperimentSpec spec, int stepsPerEpoch)
    {
        ScheduleSpec schedule = spec.Schedule;
        return schedule.Kind switch
        {
            "constant" => LearningRateSchedule.Constant,
            "step" => LearningRateSchedule.Step(schedule.StepSize, schedule.Gamma),
            "cosine" => LearningRateSchedule.Cosine(Math.Max(1, spec.Epochs * stepsPerEpoch)),
            "warmup" => LearningRateSchedule.LinearWarmup(schedule.WarmupSteps),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), schedule.Kind, "Unknown schedule."),
        };
    }

    private static T[] Convert(double[] values) => ConvertTo<T>(values);

    private static TData[] ConvertTo<TData>(double[] values) where TData : unmanaged, IBinaryFloatingPointIeee754<TData>
    {
        if (values is TData[] same)
            return (TData[])same.Clone();
        var result = new TData[values.Length];
        for (int i = 0; i < values.Length; i++)
            result[i] = TData.CreateTruncating(values[i]);
        return result;
    }

    private static double[] Widen(T[] values)
    {
        var result = new double[values.Length];
        Widen(values, result);
        return result;
    }

    private static void Widen(ReadOnlySpan<T> values, Span<double> destination)
    {
        for (int i = 0; i < values.Length; i++)
            destination[i] = double.CreateTruncating(values[i]);
    }
}
