using System.Text.Json;

namespace NeuronTopology.Experiments;

/// <summary>
/// Runs a <see cref="SweepPlan"/> into one directory, several runs at a time, and draws its phase diagram.
/// Each run has a fixed directory (<c>lrX-sS</c>), so running the same sweep again skips finished runs
/// (those whose <c>summary.json</c> records completed or diverged) and resumes interrupted ones from their checkpoints.
/// </summary>
public sealed class SweepRunner
{
    private readonly ExperimentRunner _runner;

    /// <summary>Creates a sweep runner that runs each grid point with <paramref name="runner"/>.</summary>
    public SweepRunner(ExperimentRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        _runner = runner;
    }

    /// <summary>Runs the grid and returns its phase diagram; the sweep's files are written into <paramref name="directory"/>.</summary>
    /// <param name="parallel">Runs at a time; the threads of <paramref name="options"/> (0: all processors) are shared among them.</param>
    /// <param name="progress">Receives each run's progress with its index in <see cref="SweepPlan.Runs"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallel"/> is not positive.</exception>
    /// <exception cref="ExperimentSpecException">A run directory of the grid contains a run of a different spec.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; finished runs are kept, interrupted ones have checkpoints.</exception>
    public PhaseDiagram Run(SweepPlan plan, string directory, int parallel, RunOptions options, IProgress<(int Run, RunProgress Progress)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallel);
        Directory.CreateDirectory(directory);

        IReadOnlyList<(ExperimentSpec Spec, string DirectoryName)> runs = plan.Runs();
        int totalThreads = options.Threads == 0 ? Environment.ProcessorCount : options.Threads;
        RunOptions perRun = options with { Threads = Math.Max(1, totalThreads / parallel) };
        var points = new SweepPoint?[runs.Count];

        // Every existing run is checked before any starts, so a mismatch stops the sweep before it trains anything.
        foreach ((ExperimentSpec spec, string name) in runs)
        {
            string path = Path.Combine(directory, name);
            if (File.Exists(Path.Combine(path, "spec.json")))
                SpecDifference.EnsureSame(spec, RunDirectory.Open(path));
        }
        try
        {
            RunAll(runs, directory, parallel, perRun, points, progress, cancellationToken);
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a run threw. Rethrowing the first failure as it was thrown keeps a spec
            // mismatch an ExperimentSpecException with its own message.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
        }
        cancellationToken.ThrowIfCancellationRequested();

        var diagram = new PhaseDiagram(points.Select(point => point!).ToArray());
        SweepFiles.Write(directory, plan, diagram);
        return diagram;
    }

    private void RunAll(IReadOnlyList<(ExperimentSpec Spec, string DirectoryName)> runs, string directory, int parallel, RunOptions perRun,
        SweepPoint?[] points, IProgress<(int Run, RunProgress Progress)>? progress, CancellationToken cancellationToken)
    {
        Parallel.For(0, runs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, (index, state) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                state.Stop();
                return;
            }
            (ExperimentSpec spec, string name) = runs[index];
            string path = Path.Combine(directory, name);
            if (File.Exists(Path.Combine(path, "spec.json")))
            {
                // A finished run is reused only when it was made from the same spec, because a sweep of another
                // experiment into the same directory must not relabel it.
                RunDirectory existing = RunDirectory.Open(path);
                SpecDifference.EnsureSame(spec, existing);
                points[index] = ReadFinished(existing, spec);
                if (points[index] is not null)
                    return;
            }
            var runProgress = new InlineProgress<RunProgress>(value => progress?.Report((index, value)));
            // The runner creates the run directory after loading the data, so a run that cannot start leaves none behind.
            RunResult result = _runner.Run(spec, () => RunDirectory.CreateAt(path), perRun, runProgress, cancellationToken);
            if (result.Status != RunStatus.Interrupted)
                points[index] = ReadFinished(result.Directory, spec);
        });
    }

    /// <summary>Reads the point of a finished run from its <c>summary.json</c>; null when the run has not finished.</summary>
    internal static SweepPoint? ReadFinished(RunDirectory directory, ExperimentSpec spec)
    {
        if (!File.Exists(directory.SummaryFile))
            return null;
        (RunStatus parsed, _, _) = RunSummary.ReadStatus(directory.SummaryFile);
        if (parsed is not (RunStatus.Completed or RunStatus.Diverged))
            return null;
        using JsonDocument document = RunFileJson.Parse(directory.SummaryFile);
        JsonElement root = document.RootElement;
        string status = parsed == RunStatus.Completed ? "completed" : "diverged";
        string? verdict = root.TryGetProperty("verdict", out JsonElement verdictObject) && verdictObject.ValueKind == JsonValueKind.Object
            && verdictObject.TryGetProperty("kind", out JsonElement kind) && kind.ValueKind == JsonValueKind.String ? kind.GetString() : null;
        return new SweepPoint(spec.Optimizer.LearningRate, spec.Seed, directory.Path, status, verdict,
            ReadNumber(root, "distortion_from_start"), ReadNumber(root, "median_critical_learning_rate"));
    }

    private static double? ReadNumber(JsonElement root, string name) => root.TryGetProperty(name, out JsonElement value) switch
    {
        false => null,
        true when value.ValueKind == JsonValueKind.Number => value.GetDouble(),
        true when value.ValueKind == JsonValueKind.String && value.GetString() == "inf" => double.PositiveInfinity,
        _ => null,
    };
}
