using NeuronTopology.Geometry;
using NeuronTopology.Homology;
using NeuronTopology.IO;

namespace NeuronTopology.Experiments;

/// <summary>
/// Takes the measurements of one run and writes its files: snapshots, diagrams, <c>metrics.csv</c> and checkpoints.
/// Holds the rows so far and the first neuron cloud, the reference of the from-start constants.
/// </summary>
internal sealed class RunRecorder
{
    private readonly ExperimentSpec _spec;
    private readonly RunDirectory _directory;
    private readonly ITrainingRun _training;
    private readonly INeuronCloudAnalysis _analysis;
    private readonly int _threads;
    private readonly List<MetricsRow> _rows = [];
    private readonly List<long> _snapshotSteps = [];
    private PointCloud? _firstCloud;

    public RunRecorder(ExperimentSpec spec, RunDirectory directory, ITrainingRun training, INeuronCloudAnalysis analysis, int threads)
    {
        _spec = spec;
        _directory = directory;
        _training = training;
        _analysis = analysis;
        _threads = threads;
    }

    public IReadOnlyList<MetricsRow> Rows => _rows;

    public IReadOnlyList<long> SnapshotSteps => _snapshotSteps;

    public bool HasRow(long step) => _rows.Count > 0 && _rows[^1].Step == step;

    public void Restore(RunCheckpoint checkpoint)
    {
        _rows.Clear();
        _rows.AddRange(checkpoint.Rows);
        _snapshotSteps.Clear();
        _snapshotSteps.AddRange(checkpoint.SnapshotSteps);
        _firstCloud = _snapshotSteps.Count > 0 ? NpyFile.ReadPointCloud(_directory.SnapshotFile(_snapshotSteps[0])) : null;
    }

    /// <summary>Measures the current state after <paramref name="step"/> steps; <paramref name="before"/> is the cloud before the step, for the step-to-step constants.</summary>
    public void Record(long step, int epoch, double learningRate, PointCloud? before, bool measure, bool topology, bool snapshot, CancellationToken cancellationToken)
    {
        PointCloud cloud = _training.NeuronCloud();
        _firstCloud ??= cloud;
        var row = new MetricsRow { Step = step, Epoch = epoch, LearningRate = learningRate };

        if (snapshot)
        {
            NpyFile.Write(_directory.SnapshotFile(step), cloud.Coordinates, [cloud.Count, cloud.Dimension]);
            _snapshotSteps.Add(step);
        }

        (row.LowerLipschitzFromStart, row.UpperLipschitzFromStart) = _analysis.BiLipschitz(_firstCloud, cloud, _threads);

        if (measure)
        {
            (row.TrainLoss, row.TrainAccuracy) = _training.Evaluate(test: false);
            (row.TestLoss, row.TestAccuracy) = _training.Evaluate(test: true);
            if (before is not null)
                (row.LowerLipschitz, row.UpperLipschitz) = _analysis.BiLipschitz(before, cloud, _threads);
            row.DistinctNeurons = _analysis.DistinctNeurons(cloud);
            if (topology && _spec.Record.Topology)
            {
                TopologyMeasurement measured = _analysis.MeasureTopology(cloud, _spec.Record.TopologyPoints, _threads, cancellationToken);
                row.Betti = measured.Betti;
                row.PersistentFeatures = measured.PersistentFeatures;
                row.TopologyPoints = measured.Points;
                row.CoveringRadius = measured.CoveringRadius;
                AtomicFile.WriteAllText(_directory.DiagramFile(step), DiagramJson.Format(step, measured));
            }
            if (_spec.Record.Sharpness)
            {
                // NaN means not measurable here (an adaptive optimizer before its first step), which the table leaves empty.
                double sharpness = _training.Sharpness(_spec.Record.SharpnessSamples, cancellationToken);
                row.Sharpness = double.IsNaN(sharpness) ? null : sharpness;
            }
        }

        _rows.Add(row);
        AtomicFile.WriteAllText(_directory.MetricsFile, MetricsCsv.Format(_rows));
    }

    /// <summary>The persistence diagrams of the rows that measured topology, in step order, with their scales.</summary>
    /// <exception cref="InvalidDataException">A diagram file is not one that ntopo wrote.</exception>
    public static IReadOnlyList<(long Step, PersistenceDiagram Diagram, double Scale)> ReadDiagrams(RunDirectory directory, IEnumerable<MetricsRow> rows) =>
        rows.Where(row => row.Betti is not null)
            .Select(row => (row.Step, DiagramJson.Read(directory.DiagramFile(row.Step)), DiagramJson.ReadScale(directory.DiagramFile(row.Step))))
            .ToList();

    public void Checkpoint(long step)
    {
        var checkpoint = new RunCheckpoint
        {
            Step = step,
            Parameters = _training.ExportParameters(),
            OptimizerState = _training.ExportOptimizerState(),
            Rows = _rows,
            SnapshotSteps = _snapshotSteps,
        };
        checkpoint.Write(_directory.CheckpointFile);
    }

    /// <summary>Classifies the run from its snapshots and writes the verdict into the last row.</summary>
    public RunVerdict Finish()
    {
        var snapshots = _snapshotSteps.Select(step => (step, NpyFile.ReadPointCloud(_directory.SnapshotFile(step)))).ToList();
        RunVerdict verdict = _analysis.Classify(snapshots, ReadDiagrams(_directory, _rows), _threads);
        if (_rows.Count > 0)
            _rows[^1].Verdict = verdict.Kind;
        AtomicFile.WriteAllText(_directory.MetricsFile, MetricsCsv.Format(_rows));
        return verdict;
    }
}
