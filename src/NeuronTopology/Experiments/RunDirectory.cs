using System.Globalization;

namespace NeuronTopology.Experiments;

/// <summary>
/// The directory of one run and the names of the files in it. A new run claims a fresh directory
/// <c>PARENT/NAME-N</c> (smallest unused N ≥ 1), so no earlier run is ever overwritten; an interrupted run
/// is continued by opening its directory again (<see cref="Open"/>) and resuming from <c>checkpoint.bin</c>.
/// </summary>
public sealed class RunDirectory
{
    private const string ClaimFile = ".claimed";

    /// <summary>Name of the file a process locks while it runs, resumes or reports the run (see <see cref="Lock"/>).</summary>
    public const string LockFileName = ".lock";

    // Windows reports a locked file as ERROR_SHARING_VIOLATION; on Unix .NET passes on the errno of the refused
    // flock(2), EWOULDBLOCK, which is 11 on Linux and 35 on macOS and the BSDs.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LinuxWouldBlock = 11;
    private const int BsdWouldBlock = 35;

    private RunDirectory(string path) => Path = System.IO.Path.GetFullPath(path);

    /// <summary>Absolute path of the directory.</summary>
    public string Path { get; }

    /// <summary>The spec the run was started with.</summary>
    public string SpecFile => Combine("spec.json");

    /// <summary>One line per measurement; see <see cref="MetricsCsv"/>.</summary>
    public string MetricsFile => Combine("metrics.csv");

    /// <summary>How the run ended, its verdict and headline numbers.</summary>
    public string SummaryFile => Combine("summary.json");

    /// <summary>Self-contained HTML report with the figures embedded.</summary>
    public string ReportFile => Combine("report.html");

    /// <summary>Model parameters, optimizer state, batch position and metrics so far.</summary>
    public string CheckpointFile => Combine("checkpoint.bin");

    /// <summary>Neuron clouds, one <c>.npy</c> per recorded step.</summary>
    public string SnapshotDirectory => Combine("snapshots");

    /// <summary>Persistence diagrams, one JSON per measured step.</summary>
    public string DiagramDirectory => Combine("diagrams");

    /// <summary>The report's figures as separate PNG files.</summary>
    public string FigureDirectory => Combine("figures");

    /// <summary>True when a checkpoint exists, so the run can be resumed.</summary>
    public bool HasCheckpoint => File.Exists(CheckpointFile);

    /// <summary>Path of the neuron snapshot after <paramref name="step"/> optimizer steps.</summary>
    public string SnapshotFile(long step) => System.IO.Path.Combine(SnapshotDirectory, $"step-{step.ToString("D7", CultureInfo.InvariantCulture)}.npy");

    /// <summary>Path of the persistence diagram after <paramref name="step"/> optimizer steps.</summary>
    public string DiagramFile(long step) => System.IO.Path.Combine(DiagramDirectory, $"step-{step.ToString("D7", CultureInfo.InvariantCulture)}.json");

    /// <summary>Claims a new directory <c><paramref name="parent"/>/<paramref name="name"/>-N</c> with the smallest free N.</summary>
    /// <remarks>The claim is a file created with <see cref="FileMode.CreateNew"/>, so two processes starting runs of the same name at once get different directories.</remarks>
    /// <exception cref="IOException">The parent cannot be created or written.</exception>
    public static RunDirectory CreateNew(string parent, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(parent);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Directory.CreateDirectory(parent);
        for (int counter = 1; ; counter++)
        {
            string candidate = System.IO.Path.Combine(parent, $"{name}-{counter}");
            if (Directory.Exists(candidate) && Directory.EnumerateFileSystemEntries(candidate).Any())
                continue;
            Directory.CreateDirectory(candidate);
            try
            {
                using (new FileStream(System.IO.Path.Combine(candidate, ClaimFile), FileMode.CreateNew, FileAccess.Write))
                {
                }
                return Prepare(candidate);
            }
            catch (IOException) when (File.Exists(System.IO.Path.Combine(candidate, ClaimFile)))
            {
                // Another process claimed it between the check and the create.
            }
        }
    }

    /// <summary>Uses <paramref name="path"/> as the run directory, creating it when missing (sweeps name their runs themselves).</summary>
    public static RunDirectory CreateAt(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(path);
        return Prepare(path);
    }

    /// <summary>Opens an existing run directory, for resuming or reporting.</summary>
    /// <exception cref="RunDirectoryException">The directory does not exist or has no <c>spec.json</c>.</exception>
    public static RunDirectory Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var directory = new RunDirectory(path);
        if (!Directory.Exists(directory.Path))
            throw new RunDirectoryException(directory.Path, $"run directory {directory.Path} not found.");
        if (!File.Exists(directory.SpecFile))
            throw new RunDirectoryException(directory.Path, $"{directory.Path} is not a run directory: spec.json is missing; give a directory written by 'ntopo run'.");
        return Prepare(path);
    }

    /// <summary>
    /// Locks the directory for this process until the returned object is disposed, then removes the temporary files
    /// (<c>.NAME.GUID.tmp</c>, see <see cref="IO.AtomicFile"/>) that an earlier process killed mid-write left behind.
    /// </summary>
    /// <remarks>
    /// The lock is an exclusive lock on the file <see cref="LockFileName"/> in the directory, held by an open
    /// <see cref="FileStream"/> with <see cref="FileShare.None"/>: flock(2) on Linux and macOS, a sharing lock on
    /// Windows. The operating system releases it when the process ends, also after a crash or kill -9, so the lock file
    /// that such a process leaves does not block a later resume. The lock is advisory on Unix: it keeps out other ntopo processes, not other
    /// programs. Setting DOTNET_SYSTEM_IO_DISABLEFILELOCKING turns it off.
    /// </remarks>
    /// <exception cref="RunDirectoryException">Another process holds the lock: the run is being trained, resumed or reported.</exception>
    public IDisposable Lock()
    {
        string lockFile = Combine(LockFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (IsLockConflict(exception.HResult))
        {
            throw new RunDirectoryException(Path,
                $"the run in {Path} is in use by another ntopo process that is running, resuming or reporting it; wait until that process ends, then try again.");
        }
        try
        {
            RemoveStaleTemporaryFiles();
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return stream;
    }

    private static bool IsLockConflict(int code) => code == SharingViolation
        || (OperatingSystem.IsLinux() && code == LinuxWouldBlock)
        || ((OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) && code == BsdWouldBlock);

    // Only the lock holder writes in the directory, so every temporary file found here is a leftover.
    private void RemoveStaleTemporaryFiles()
    {
        foreach (string folder in new[] { Path, SnapshotDirectory, DiagramDirectory, FigureDirectory })
        {
            if (!Directory.Exists(folder))
                continue;
            foreach (string file in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                if (IO.AtomicFile.DestinationOfTemporary(System.IO.Path.GetFileName(file)) is not null)
                    File.Delete(file);
            }
        }
    }

    private static RunDirectory Prepare(string path)
    {
        var directory = new RunDirectory(path);
        Directory.CreateDirectory(directory.SnapshotDirectory);
        Directory.CreateDirectory(directory.DiagramDirectory);
        Directory.CreateDirectory(directory.FigureDirectory);
        return directory;
    }

    private string Combine(string file) => System.IO.Path.Combine(Path, file);
}
