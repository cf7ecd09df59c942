using NeuronTopology.Curvature;
using NeuronTopology.Training;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Experiments;

/// <summary>
/// Float64 measurements of a network at given parameters: loss and accuracy over the training or test set, and the
/// sharpness K over a fixed subset of the training set (Lanczos to a relative residual of 1e-8, at most 1000 products).
/// </summary>
/// <remarks>
/// For adaptive optimizers (Adam, AdamW, RMSprop, Adagrad) K is the preconditioned sharpness, the top eigenvalue of
/// P^{-1/2} H P^{-1/2} with the optimizer's current preconditioner P: their update is η P⁻¹ m, so 1/K is the learning
/// rate at which that update stops being a contraction.
/// </remarks>
internal sealed class Evaluation
{
    private readonly MultilayerPerceptron<double> _model;
    private readonly Loss _loss;
    private readonly DatasetSplit _split;
    private readonly int _sharpnessSamples;
    private readonly int _threads;
    private TrainingObjective? _trainObjective;
    private TrainingObjective? _testObjective;
    private TrainingObjective? _sharpnessObjective;
    private SupervisedData<double>? _trainData;
    private SupervisedData<double>? _testData;

    public Evaluation(MlpArchitecture architecture, Loss loss, DatasetSplit split, int sharpnessSamples, int threads)
    {
        _model = new MultilayerPerceptron<double>(architecture);
        _loss = loss;
        _split = split;
        _sharpnessSamples = sharpnessSamples;
        _threads = threads;
    }

    // Loss and accuracy come from one pass over sub-batches of TrainingObjective.SubBatchRows rows, so the memory
    // does not grow with the size of the data set.
    public (double Loss, double? Accuracy) Evaluate(double[] parameters, bool test)
    {
        parameters.CopyTo(_model.Parameters, 0);
        SupervisedData<double> data = test ? _testData ??= MlpTrainingRun<double>.ToSupervised<double>(_split.Test) : TrainData;
        TrainingObjective objective = test
            ? _testObjective ??= new TrainingObjective(_model, _loss, data, null, _threads)
            : _trainObjective ??= new TrainingObjective(_model, _loss, data, null, _threads);
        if (data.Labels is null)
            return (objective.Loss(), null);
        double loss = objective.LossAndAccuracy(out double accuracy);
        return (loss, accuracy);
    }

    public double Sharpness(double[] parameters, IPreconditionedOptimizer? preconditioner, CancellationToken cancellationToken)
    {
        parameters.CopyTo(_model.Parameters, 0);
        if (_sharpnessObjective is null)
        {
            int count = _sharpnessSamples == 0 ? _split.Train.Count : Math.Min(_sharpnessSamples, _split.Train.Count);
            _sharpnessObjective = new TrainingObjective(_model, _loss, TrainData, Enumerable.Range(0, count).ToArray(), _threads);
        }
        EigenpairEstimate estimate = preconditioner is null
            ? Curvature.Sharpness.Measure(_sharpnessObjective, null, cancellationToken)
            : Curvature.Sharpness.MeasurePreconditioned(_sharpnessObjective, preconditioner, null, cancellationToken);
        return estimate.Eigenvalue;
    }

    private SupervisedData<double> TrainData => _trainData ??= MlpTrainingRun<double>.ToSupervised<double>(_split.Train);
}
