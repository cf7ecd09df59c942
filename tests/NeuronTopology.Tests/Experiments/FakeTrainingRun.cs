using NeuronTopology.Experiments;
using NeuronTopology.Geometry;
using NeuronTopology.Training;

namespace NeuronTopology.Tests.Experiments;

/// <summary>
/// A stand-in for the training engine with the same contract: the parameters are the neuron coordinates, and a step
/// with heavy-ball momentum moves every neuron by one shared map that depends on the batch, θ ← θ + η·(C·θ + s(batch)) with C = diag(c, c/2).
/// With c &gt; 0 the cloud expands by 1 + ηc a step, so a large η overflows to ∞ and exercises divergence.
/// </summary>
internal sealed class FakeTrainingRun : ITrainingRun
{
    private readonly ExperimentSpec _spec;
    private readonly double _growth;
    private double[] _parameters;
    private double[] _velocity;
    private readonly int _neurons;

    public FakeTrainingRun(ExperimentSpec spec, int neurons = 64, int trainCount = 40, double growth = 1.0)
    {
        _spec = spec;
        _neurons = neurons;
        _growth = growth;
        TrainCount = trainCount;
        _parameters = new double[neurons * 2];
        for (int i = 0; i < neurons; i++)
        {
            double t = 2 * Math.PI * i / neurons;
            _parameters[2 * i] = 0.1 * Math.Sin(t) - 2;
            _parameters[2 * i + 1] = Math.Sin(2 * t);
        }
        _velocity = new double[_parameters.Length];
    }

    public int TrainCount { get; }

    public int ParameterCount => _parameters.Length;

    public int StepsTaken { get; private set; }

    public int[] EpochOrder(int epoch)
    {
        // A seeded Fisher–Yates shuffle keyed by (seed, epoch), as the real adapter must be.
        var random = new Random(unchecked((int)_spec.Seed * 7919 + epoch));
        int[] order = Enumerable.Range(0, TrainCount).ToArray();
        random.Shuffle(order);
        return order;
    }

    public double LearningRate(long step) => _spec.Optimizer.LearningRate;

    public StepOutcome Step(ReadOnlySpan<int> batch, double learningRate)
    {
        double shift = 0;
        foreach (int sample in batch)
            shift += (sample % 7 - 3) * 1e-3;
        double loss = Loss();

        double[] parameters = (double[])_parameters.Clone();
        double[] velocity = (double[])_velocity.Clone();
        for (int k = 0; k < parameters.Length; k++)
        {
            // The second coordinate grows at half the rate, so the map is not a similarity and D(0→t) grows with η.
            double rate = k % 2 == 0 ? _growth : 0.5 * _growth;
            double gradient = -(rate * parameters[k] + shift * (k % 2 == 0 ? 1 : -1));
            velocity[k] = 0.5 * velocity[k] + gradient;
            parameters[k] -= learningRate * velocity[k];
        }
        if (!double.IsFinite(loss) || parameters.Any(value => !double.IsFinite(value)))
            return new StepOutcome(loss, Diverged: true);
        _parameters = parameters;
        _velocity = velocity;
        StepsTaken++;
        return new StepOutcome(loss, Diverged: false);
    }

    public (double Loss, double? Accuracy) Evaluate(bool test) => (Loss() * (test ? 1.1 : 1.0), null);

    public PointCloud NeuronCloud() => new((double[])_parameters.Clone(), _neurons, 2);

    public double Sharpness(int samples, CancellationToken cancellationToken) => 2 * _growth + 1;

    public double[] ExportParameters() => (double[])_parameters.Clone();

    public OptimizerState<double> ExportOptimizerState() =>
        new("fake", StepsTaken, _parameters.Length, new Dictionary<string, double[]> { ["velocity"] = (double[])_velocity.Clone() });

    public void Import(double[] parameters, OptimizerState<double> optimizerState)
    {
        _parameters = (double[])parameters.Clone();
        _velocity = (double[])optimizerState.Buffers["velocity"].Clone();
        StepsTaken = (int)optimizerState.StepCount;
    }

    public void Dispose()
    {
    }

    private double Loss() => _parameters.Sum(value => value * value) / _parameters.Length;
}
