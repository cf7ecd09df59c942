using NeuronTopology.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class RunDirectoryLockTests
{
    [Fact]
    public void ResumeOfLockedRunIsRefused()
    {
        RunDirectory directory = FinishedRun();

        // Another process running the same directory holds the lock file open without sharing.
        using (HoldLock(directory))
        {
            var exception = Assert.Throws<RunDirectoryException>(() => TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 }));
            Assert.Equal($"the run in {directory.Path} is in use by another ntopo process that is running, resuming or reporting it; wait until that process ends, then try again.", exception.Message);
        }

        // Once that process has ended, the run can be resumed again.
        RunResult again = TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });
        Assert.Equal(RunStatus.Completed, again.Status);
    }

    [Fact]
    public void ReportOfLockedRunIsRefused()
    {
        RunDirectory directory = FinishedRun();
        DateTime written = File.GetLastWriteTimeUtc(directory.SummaryFile);

        using (HoldLock(directory))
            Assert.Throws<RunDirectoryException>(() => TestSpecs.FakeRunner().Report(directory));

        Assert.Equal(written, File.GetLastWriteTimeUtc(directory.SummaryFile));
        TestSpecs.FakeRunner().Report(directory);
    }

    [Fact]
    public void LockIsExclusiveUntilDisposed()
    {
        RunDirectory directory = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "locked");

        IDisposable first = directory.Lock();
        Assert.Throws<RunDirectoryException>(() => RunDirectory.Open(directory.Path).Lock());
        first.Dispose();
        directory.Lock().Dispose();
    }

    [Fact]
    public void RunHoldsLockWhileTraining()
    {
        string parent = TestSpecs.TemporaryDirectory();
        ExperimentSpec spec = TestSpecs.Short();
        Exception? seen = null;
        var runner = new ExperimentRunner((s, _) => new FakeTrainingRun(s), new FakeAnalysis());
        RunDirectory? claimed = null;
        var progress = new InlineProgress<RunProgress>(value =>
        {
            if (seen is null && value.Step == 5)
                seen = Record.Exception(() => claimed!.Lock().Dispose());
        });

        runner.Run(spec, () => claimed = RunDirectory.CreateNew(parent, spec.Name), new RunOptions { Threads = 1 }, progress);

        Assert.IsType<RunDirectoryException>(seen);
    }

    [Fact]
    public void ResumeAndReportRemoveStaleTemporaryFiles()
    {
        RunDirectory directory = FinishedRun();
        string[] stale =
        [
            Path.Combine(directory.Path, $".metrics.csv.{Guid.NewGuid():N}.tmp"),
            Path.Combine(directory.Path, $".checkpoint.bin.{Guid.NewGuid():N}.tmp"),
            Path.Combine(directory.SnapshotDirectory, $".step-0000003.npy.{Guid.NewGuid():N}.tmp"),
            Path.Combine(directory.DiagramDirectory, $".step-0000003.json.{Guid.NewGuid():N}.tmp"),
        ];
        // Names that AtomicFile does not make are the user's and stay.
        string[] kept = [Path.Combine(directory.Path, "notes.tmp"), Path.Combine(directory.Path, ".notes.tmp"), Path.Combine(directory.Path, ".a.b.tmp")];
        foreach (string file in stale.Concat(kept))
            File.WriteAllText(file, "partial");

        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });

        Assert.All(stale, file => Assert.False(File.Exists(file), file));
        Assert.All(kept, file => Assert.True(File.Exists(file), file));

        string leftover = Path.Combine(directory.FigureDirectory, $".distortion.png.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, "partial");
        TestSpecs.FakeRunner().Report(directory);
        Assert.False(File.Exists(leftover));
    }

    private static RunDirectory FinishedRun()
    {
        RunDirectory directory = RunDirectory.CreateNew(TestSpecs.TemporaryDirectory(), "fake");
        TestSpecs.FakeRunner().Run(TestSpecs.Short(), directory, new RunOptions { Threads = 1 });
        return directory;
    }

    private static FileStream HoldLock(RunDirectory directory) =>
        new(Path.Combine(directory.Path, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
