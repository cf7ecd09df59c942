using System.Diagnostics;
using NeuronTopology.Geometry;
using NeuronTopology.IO;

namespace NeuronTopology.Experiments;

/// <summary>
/// Runs an experiment into a run directory: trains, records metrics, neuron snapshots and persistence diagrams at
/// the spec's cadence, checkpoints, and at the end classifies the run and writes <c>summary.json</c> and the report.
/// A run that finds a checkpoint in its directory resumes from it and ends bit for bit where an uninterrupted run would.
/// </summary>
public sealed class ExperimentRunner
{
    /// <summary>Share of the cloud's diameter a homology class must persist to count as a persistent feature.</summary>
    public const double PersistentFraction = 0.1;

    private readonly Func<ExperimentSpec, RunOptions, ITrainingRun> _createTraining;
    private readonly INeuronCloudAnalysis _analysis;

    /// <summary>
    /// Creates the runner of the product: the MLP training engine (float64, or float32 when the spec says so),
    /// the Vietoris–Rips engine, the geometry analysis and the sharpness solver.
    /// </summary>
    public static ExperimentRunner CreateDefault() => new(
        (spec, options) => spec.Precision == "float32" ? new MlpTrainingRun<float>(spec, options) : new MlpTrainingRun<double>(spec, options),
        new EngineAnalysis());

    internal ExperimentRunner(Func<ExperimentSpec, RunOptions, ITrainingRun> createTraining, INeuronCloudAnalysis analysis)
    {
        _createTraining = createTraining;
        _analysis = analysis;
    }

    /// <summary>
    /// Rewrites <c>summary.json</c>, <c>report.html</c> and the figures of a finished run from its files (spec, checkpoint,
    /// snapshots, diagrams), classifying it again; no training is done. For runs made by an older version, or to
    /// redraw after a change of the figures.
    /// </summary>
    /// <exception cref="RunDirectoryException">The run has not started (no checkpoint) or has not finished (no summary, or an interrupted one), or another process is running or reporting it.</exception>
    public RunResult Report(RunDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        using IDisposable runLock = directory.Lock();
        if (!directory.HasCheckpoint)
            throw new RunDirectoryException(directory.Path, $"the run in {directory.Path} has not started: checkpoint.bin is missing; start it again with 'ntopo run --resume {directory.Path}'.");
        // A run killed before its end has a checkpoint but no summary.json; an interrupted one records that in its summary.
        string notFinished = $"the run in {directory.Path} is not finished; resume it with 'ntopo run --resume {directory.Path}', then report it.";
        if (!File.Exists(directory.SummaryFile))
            throw new RunDirectoryException(directory.Path, notFinished);
        ExperimentSpec spec = ExperimentSpecReader.Read(directory.SpecFile);
        RunCheckpoint checkpoint = RunCheckpoint.Read(directory.CheckpointFile);
        (RunStatus status, long? divergedAt, long totalSteps) = RunSummary.ReadStatus(directory.SummaryFile);
        if (status == RunStatus.Interrupted)
            throw new RunDirectoryException(directory.Path, notFinished);

        var snapshots = checkpoint.SnapshotSteps.Select(step => (step, NpyFile.ReadPointCloud(directory.SnapshotFile(step)))).ToList();
        RunVerdict verdict = _analysis.Classify(snapshots, RunRecorder.ReadDiagrams(directory, checkpoint.Rows), Environment.ProcessorCount);
        if (checkpoint.Rows.Count > 0)
            checkpoint.Rows[^1].Verdict = verdict.Kind;
        var result = new RunResult
        {
            Spec = spec,
            Directory = directory,
            Status = status,
            Steps = checkpoint.Step,
            TotalSteps = totalSteps,
            DivergedAtStep = divergedAt,
            Rows = checkpoint.Rows,
            SnapshotSteps = checkpoint.SnapshotSteps,
            Verdict = verdict,
        };
        AtomicFile.WriteAllText(directory.MetricsFile, MetricsCsv.Format(checkpoint.Rows));
        RunSummary.Write(result);
        Reporting.RunReport.Write(result);
        return result;
    }

    /// <summary>
    /// Starts <paramref name="spec"/> in <paramref name="directory"/>, or resumes it when the directory contains a checkpoint
    /// (the spec must then equal the directory's <c>spec.json</c>).
    /// </summary>
    /// <returns>
    /// The result; <see cref="RunStatus.Interrupted"/> when <paramref name="cancellationToken"/> fired. Cancelled between
    /// steps, the run writes a checkpoint at the last step taken; cancelled during a measurement, it keeps the last periodic one.
    /// </returns>
    /// <exception cref="ExperimentSpecException">The directory contains a different spec.</exception>
    /// <exception cref="RunDirectoryException">Another process is running, resuming or reporting the run in the directory.</exception>
    public RunResult Run(ExperimentSpec spec, RunDirectory directory, RunOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Run(spec, () => directory, options, progress, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="Run(ExperimentSpec, RunDirectory, RunOptions, IProgress{RunProgress}?, CancellationToken)"/>, but
    /// the directory is obtained from <paramref name="claimDirectory"/> only after the data is loaded and the model built,
    /// so a run that fails before training (missing data set, bad spec) leaves nothing on disk.
    /// </summary>
    /// <exception cref="ExperimentSpecException">The directory contains a different spec.</exception>
    /// <exception cref="RunDirectoryException">Another process is running, resuming or reporting the run in the directory.</exception>
    public RunResult Run(ExperimentSpec spec, Func<RunDirectory> claimDirectory, RunOptions options, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(claimDirectory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads);
        var clock = Stopwatch.StartNew();

        using ITrainingRun training = _createTraining(spec, options);
        RunDirectory directory = claimDirectory();
        // Held until the run returns, so a second process cannot resume or report the same run meanwhile.
        using IDisposable runLock = directory.Lock();
        SpecDifference.EnsureSame(spec, directory);
        AtomicFile.WriteAllText(directory.SpecFile, ExperimentSpecWriter.ToJson(spec));

        var cadence = new RunCadence(spec, training.TrainCount);
        var recorder = new RunRecorder(spec, directory, training, _analysis, options.Threads == 0 ? Environment.ProcessorCount : options.Threads);

        long step = 0;
        if (directory.HasCheckpoint)
        {
            RunCheckpoint checkpoint = RunCheckpoint.Read(directory.CheckpointFile);
            training.Import(checkpoint.Parameters, checkpoint.OptimizerState);
            recorder.Restore(checkpoint);
            step = checkpoint.Step;
        }
        else
        {
            recorder.Record(0, 0, training.LearningRate(1), before: null, measure: true, topology: true, snapshot: true, cancellationToken);
            recorder.Checkpoint(0);
        }

        RunStatus status = RunStatus.Completed;
        long? divergedAt = null;
        int[]? order = null;
        int orderEpoch = -1;
        double batchLoss = double.NaN;
        while (step < cadence.TotalSteps)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                recorder.Checkpoint(step);
                status = RunStatus.Interrupted;
                break;
            }

            long next = step + 1;
            int epoch = cadence.EpochOf(next);
            if (epoch != orderEpoch)
            {
                order = training.EpochOrder(epoch);
                orderEpoch = epoch;
            }
            int start = (int)((next - 1) % cadence.StepsPerEpoch) * spec.BatchSize;
            ReadOnlySpan<int> batch = order.AsSpan(start, Math.Min(spec.BatchSize, order!.Length - start));

            bool measure = cadence.IsMeasured(next);
            PointCloud? before = measure ? training.NeuronCloud() : null;
            double learningRate = training.LearningRate(next);
            StepOutcome outcome = training.Step(batch, learningRate);
            if (outcome.Diverged)
            {
                divergedAt = next;
                status = RunStatus.Diverged;
                if (!recorder.HasRow(step))
                    recorder.Record(step, cadence.EpochOf(step), training.LearningRate(Math.Max(step, 1)), null, measure: true, topology: true, snapshot: true, CancellationToken.None);
                break;
            }
            step = next;
            batchLoss = outcome.BatchLoss;

            bool snapshot = cadence.IsSnapshot(step);
            if (measure || snapshot)
            {
                progress?.Report(new RunProgress(step, cadence.TotalSteps, epoch, batchLoss, "measuring"));
                try
                {
                    recorder.Record(step, epoch, learningRate, before, measure, cadence.IsTopology(step), snapshot, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The row of this step is incomplete, so no checkpoint is written here: a resume continues from
                    // the last periodic checkpoint and repeats the steps since, with the same result.
                    status = RunStatus.Interrupted;
                    break;
                }
            }
            if (cadence.IsCheckpoint(step))
                recorder.Checkpoint(step);
            progress?.Report(new RunProgress(step, cadence.TotalSteps, epoch, batchLoss, "training"));
        }

        RunVerdict? verdict = null;
        if (status != RunStatus.Interrupted)
        {
            // A final checkpoint makes resuming a finished run a no-op that only rewrites the summary and report.
            recorder.Checkpoint(step);
            progress?.Report(new RunProgress(step, cadence.TotalSteps, cadence.EpochOf(step), batchLoss, "reporting"));
            verdict = recorder.Finish();
        }

        var result = new RunResult
        {
            Spec = spec,
            Directory = directory,
            Status = status,
            Steps = step,
            TotalSteps = cadence.TotalSteps,
            DivergedAtStep = divergedAt,
            Rows = recorder.Rows,
            SnapshotSteps = recorder.SnapshotSteps,
            Verdict = verdict,
            Elapsed = clock.Elapsed,
        };
        RunSummary.Write(result);
        if (status != RunStatus.Interrupted && options.WriteReport)
            Reporting.RunReport.Write(result);
        return result;
    }
}
