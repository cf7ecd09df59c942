using NeuronTopology.Cli;
using NeuronTopology.Cli.Commands;
using NeuronTopology.Experiments;
using NeuronTopology.Tests.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Cli;

/// <summary>
/// File-system failures and data paths of the wrong kind: one line naming the path and what failed, in place of
/// .NET's text. Permission and disk-full failures cannot be provoked when the tests run as root, so those messages
/// are checked on the exceptions .NET throws for them.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FileSystemErrorTests
{
    // A one-epoch figure-eight preset: its data is teacher-1d, generated from the seed.
    private static string TeacherSpec(string directory)
    {
        string path = Path.Combine(directory, "teacher.json");
        ExperimentSpec spec = Presets.Find("figure8-gd-0.0025")! with { Name = "teacher", Epochs = 1 };
        File.WriteAllText(path, ExperimentSpecWriter.ToJson(spec));
        return path;
    }

    private static string CsvSpec(string directory, string dataPath)
    {
        string path = Path.Combine(directory, "table.json");
        ExperimentSpec spec = Presets.Find("figure8-gd-0.0025")! with { Name = "table", Epochs = 1, Data = new DataSpec("csv", Path: dataPath) };
        File.WriteAllText(path, ExperimentSpecWriter.ToJson(spec));
        return path;
    }

    [Theory]
    [InlineData("run")]
    [InlineData("sweep")]
    public void OutUnderFileNamesTheFile(string command)
    {
        string directory = TestSpecs.TemporaryDirectory();
        string file = Path.Combine(directory, "sq.csv");
        File.WriteAllText(file, "0,0\n");
        string output = Path.Combine(file, "sub");
        string[] args = command == "run"
            ? ["run", TeacherSpec(directory), "--quiet", "--out", output]
            : ["sweep", TeacherSpec(directory), "--lr", "0.01", "--quiet", "--out", output];

        CliRunner.Result result = CliRunner.Run(args);

        Assert.Equal(CliErrors.Failure, result.ExitCode);
        Assert.StartsWith($"ntopo: error: cannot create the {command} directory '{output}", result.Error, StringComparison.Ordinal);
        Assert.EndsWith($"': '{file}' is a file, not a directory\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutWhereFileSystemRefusesIsNamed()
    {
        // /proc rejects new entries on Linux; elsewhere there is no such directory to try.
        if (!Directory.Exists("/proc/self"))
            return;

        CliRunner.Result result = CliRunner.Run("run", TeacherSpec(TestSpecs.TemporaryDirectory()), "--quiet", "--out", "/proc/ntopo-test");

        Assert.Equal(CliErrors.Failure, result.ExitCode);
        Assert.Equal("ntopo: error: cannot create the run directory '/proc/ntopo-test': no such file or directory; the file system of '/proc' does not allow creating it\n", result.Error);
    }

    [Fact]
    public void DataOnTeacherSpecIsRejected()
    {
        string directory = TestSpecs.TemporaryDirectory();
        string output = Path.Combine(directory, "runs");

        CliRunner.Result result = CliRunner.Run("run", TeacherSpec(directory), "--data", "/nonexistent", "--out", output, "--quiet");

        Assert.Equal(CliErrors.InvalidInput, result.ExitCode);
        Assert.Contains("--data /nonexistent does not apply to teacher: its data is teacher-1d, generated from the seed, so it has no files", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void DataOnTeacherSweepIsRejected()
    {
        string directory = TestSpecs.TemporaryDirectory();

        CliRunner.Result result = CliRunner.Run("sweep", TeacherSpec(directory), "--lr", "0.01", "--data", directory, "--out", Path.Combine(directory, "s"), "--quiet");

        Assert.Equal(CliErrors.InvalidInput, result.ExitCode);
        Assert.Contains($"--data {directory} does not apply to teacher", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvDataPathThatIsDirectoryIsNamed()
    {
        string directory = TestSpecs.TemporaryDirectory();
        string data = Directory.CreateDirectory(Path.Combine(directory, "adir")).FullName;

        CliRunner.Result fromSpec = CliRunner.Run("run", CsvSpec(directory, data), "--out", Path.Combine(directory, "runs"), "--quiet");
        CliRunner.Result fromOption = CliRunner.Run("run", CsvSpec(directory, data), "--data", data, "--out", Path.Combine(directory, "runs"), "--quiet");

        Assert.Equal(CliErrors.InvalidInput, fromSpec.ExitCode);
        Assert.Equal($"ntopo: error: data.path '{data}' is a directory; csv data is read from one CSV file.\n", fromSpec.Error);
        Assert.Equal(CliErrors.InvalidInput, fromOption.ExitCode);
        Assert.Equal($"ntopo: error: --data '{data}' is a directory; csv data is read from one CSV file.\n", fromOption.Error);
    }

    [Fact]
    public void MnistDataThatIsFileIsNamed()
    {
        string file = Path.Combine(TestSpecs.TemporaryDirectory(), "sq.csv");
        File.WriteAllText(file, "0,0\n");

        CliRunner.Result result = CliRunner.Run("run", "mnist-gd-0.01", "--data", file, "--out", Path.GetDirectoryName(file)!, "--quiet");

        Assert.Equal(CliErrors.InvalidInput, result.ExitCode);
        Assert.Contains($"--data '{file}' is a file; fashion-mnist data is read from a directory holding the four IDX files.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeniedCreationSaysPermissionDenied()
    {
        string path = Path.Combine(TestSpecs.TemporaryDirectory(), "ro", "tiny-2");
        var denied = new UnauthorizedAccessException($"Access to the path '{path}' is denied.");

        Assert.Equal($"cannot create the run directory '{path}': permission denied", new FileSystemFailureException("cannot create the run directory", denied).Message);
        Assert.Equal($"cannot create '{path}': permission denied", FileSystemMessage.Describe(denied));
    }

    [Fact]
    public void DiskFullNamesTheFileBeingWritten()
    {
        string run = TestSpecs.TemporaryDirectory();
        var full = new IOException($"No space left on device : '{Path.Combine(run, ".checkpoint.bin.0123456789abcdef0123456789abcdef.tmp")}'", 28);
        var error = new StringWriter();

        int exitCode = CliErrors.Report(full, error);

        Assert.Equal(CliErrors.Failure, exitCode);
        Assert.Equal($"ntopo: error: cannot write '{Path.Combine(run, "checkpoint.bin")}': no space left on the device\n", error.ToString());
    }

    [Fact]
    public void ReadOnlyFileSystemIsNamed()
    {
        string run = TestSpecs.TemporaryDirectory();
        var readOnly = new IOException($"Read-only file system : '{Path.Combine(run, ".metrics.csv.0123456789abcdef0123456789abcdef.tmp")}'", 30);

        Assert.Equal($"cannot write '{Path.Combine(run, "metrics.csv")}': the file system is read-only", FileSystemMessage.Describe(readOnly));
    }

    [Fact]
    public void OpeningDirectoryAsFileSaysDirectory()
    {
        string directory = TestSpecs.TemporaryDirectory();
        var denied = new UnauthorizedAccessException($"Access to the path '{directory}' is denied.");

        Assert.Equal($"cannot open '{directory}': it is a directory, not a file", FileSystemMessage.Describe(denied));
    }

    [Fact]
    public void SweepCountsOneRun()
    {
        Assert.Equal("1 run", SweepCommand.Runs(1));
        Assert.Equal("6 runs", SweepCommand.Runs(6));
    }
}
