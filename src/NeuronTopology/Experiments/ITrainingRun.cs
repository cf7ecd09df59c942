using NeuronTopology.Geometry;
using NeuronTopology.Training;

namespace NeuronTopology.Experiments;

/// <summary>
/// One model, optimizer and data set built from a spec, stepped by <see cref="ExperimentRunner"/>.
/// The runner owns the loop, the cadence and the files; an implementation owns the arithmetic.
/// </summary>
internal interface ITrainingRun : IDisposable
{
    /// <summary>Number of training samples; batches index into them.</summary>
    int TrainCount { get; }

    /// <summary>Length of the flat parameter vector (PyTorch order).</summary>
    int ParameterCount { get; }

    /// <summary>The order of the training samples in epoch <paramref name="epoch"/> (from 1): a pure function of the spec's seed and the epoch, so a resumed run gets the same batches.</summary>
    int[] EpochOrder(int epoch);

    /// <summary>Learning rate η of optimizer step <paramref name="step"/> (from 1) under the spec's schedule.</summary>
    double LearningRate(long step);

    /// <summary>
    /// Takes one optimizer step on the samples <paramref name="batch"/> with learning rate <paramref name="learningRate"/>
    /// and returns the batch loss before the update. When the loss or a parameter becomes non-finite, the
    /// state is left at its value before the step and <see cref="StepOutcome.Diverged"/> is returned.
    /// </summary>
    StepOutcome Step(ReadOnlySpan<int> batch, double learningRate);

    /// <summary>Loss and accuracy (null for regression) over the whole training or test set.</summary>
    (double Loss, double? Accuracy) Evaluate(bool test);

    /// <summary>The hidden layer as a neuron cloud, a copy that later steps do not change.</summary>
    PointCloud NeuronCloud();

    /// <summary>
    /// Sharpness K of the training loss at the current parameters, over the first <paramref name="samples"/> training
    /// samples (0: all); NaN when it cannot be measured yet (an adaptive optimizer before its first step).
    /// </summary>
    double Sharpness(int samples, CancellationToken cancellationToken);

    /// <summary>Copies the flat parameter vector.</summary>
    double[] ExportParameters();

    /// <summary>Optimizer state (step count and named buffers, widened to float64), for checkpoints.</summary>
    OptimizerState<double> ExportOptimizerState();

    /// <summary>Restores parameters and optimizer state written by the export methods.</summary>
    void Import(double[] parameters, OptimizerState<double> optimizerState);
}
