using NeuronTopology.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo run EXPERIMENT | --resume RUN_DIR</c>: trains one experiment into a new run directory, or continues an
/// interrupted one, with a progress bar on standard error and a summary table (or <c>--json</c>) on standard output.
/// Ctrl+C stops after the current step and writes a checkpoint; exit code 130 then.
/// </summary>
public sealed class RunCommand : Command<RunSettings>
{
    /// <summary>Exit code of a run stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        ExperimentSpec spec;
        Func<RunDirectory> claimDirectory;
        IAnsiConsole error = ConsoleOutput.Error;
        if (settings.Resume is string resume)
        {
            RunDirectory existing = RunDirectory.Open(resume);
            // A run held by another process is rejected here, before its data is loaded and before "resuming" is
            // printed. The runner takes the lock again for the whole run.
            existing.Lock().Dispose();
            spec = ExperimentSpecReader.Read(existing.SpecFile);
            claimDirectory = () => existing;
        }
        else
        {
            var overrides = new SpecOverrides
            {
                LearningRate = settings.LearningRate,
                Epochs = settings.Epochs,
                Seed = settings.Seed,
                DataDirectory = settings.Data,
                Topology = TopologyOptionValues.Topology(settings.NoTopology, settings.TopologyPointsText),
                TopologyPoints = settings.TopologyPoints,
            };
            spec = overrides.ApplyTo(ExperimentSource.Resolve(settings.Experiment!));
            DataPathCheck.Check(spec, settings.Data);
            // The directory is claimed by the runner once the data is loaded, so a failed start writes nothing.
            claimDirectory = () =>
            {
                try
                {
                    return RunDirectory.CreateNew(settings.Out, spec.Name);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // At creation a missing file means the file system refused the new directory (as under /proc).
                    throw new FileSystemFailureException("cannot create the run directory", exception);
                }
            };
        }
        string verb = settings.Resume is null ? "run" : "resuming";
        Func<RunDirectory> claimAndAnnounce = () =>
        {
            RunDirectory claimed = claimDirectory();
            if (!settings.Quiet)
                error.MarkupLineInterpolated($"[grey]{verb} {spec.Name} in {claimed.Path}[/]");
            return claimed;
        };

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, args) =>
        {
            args.Cancel = true;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var options = new RunOptions { Threads = settings.Threads };
            ExperimentRunner runner = ExperimentRunner.CreateDefault();
            RunResult result = settings.Quiet
                ? runner.Run(spec, claimAndAnnounce, options, null, interrupt.Token)
                : RunProgressDisplay.Run(error, spec.Name, progress => runner.Run(spec, claimAndAnnounce, options, progress, interrupt.Token));
            RunDirectory directory = result.Directory;

            if (result.Status == RunStatus.Interrupted)
            {
                Console.Error.WriteLine($"ntopo: interrupted after step {result.Steps}; continue with: ntopo run --resume {directory.Path}");
                return Interrupted;
            }
            if (settings.Json)
                Console.Out.Write(File.ReadAllText(directory.SummaryFile));
            else if (!settings.Quiet)
                RunSummaryTable.Write(ConsoleOutput.Out, result);
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
