using Xunit;
using NeuronTopology.IO;

namespace NeuronTopology.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ntopo-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void WriteAllTextCreatesFileWithoutBom()
    {
        string path = Path.Combine(_directory, "out.txt");

        AtomicFile.WriteAllText(path, "β = 0.25\n");

        Assert.Equal("β = 0.25\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void WriteAllBytesReplacesExistingFile()
    {
        string path = Path.Combine(_directory, "out.bin");
        File.WriteAllText(path, "old content that is longer");

        AtomicFile.WriteAllBytes(path, [1, 2, 3]);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public void FailedWriteLeavesDestinationAndNoTemporaryFile()
    {
        string path = Path.Combine(_directory, "out.txt");
        File.WriteAllText(path, "old");

        var exception = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("partial"u8);
            throw new InvalidOperationException("writer failed");
        }));

        Assert.Equal("writer failed", exception.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void MissingDirectoryIsReported()
    {
        string path = Path.Combine(_directory, "missing", "out.txt");

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));
    }

    [Fact]
    public void DirectoryPathIsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => AtomicFile.WriteAllText(_directory + Path.DirectorySeparatorChar, "x"));

        Assert.Equal("path", exception.ParamName);
    }

    [Fact]
    public void TemporaryNameMapsToDestination()
    {
        string path = Path.Combine(_directory, "metrics.csv");
        string? temporaryName = null;

        AtomicFile.Write(path, stream =>
        {
            stream.Write("x"u8);
            temporaryName = Path.GetFileName(Assert.Single(Directory.GetFiles(_directory)));
        });

        Assert.NotNull(temporaryName);
        Assert.Equal("metrics.csv", AtomicFile.DestinationOfTemporary(temporaryName));
    }

    [Theory]
    [InlineData("metrics.csv")]
    [InlineData(".metrics.csv.tmp")]
    [InlineData(".metrics.csv.0123456789abcdef.tmp")]
    [InlineData("metrics.csv.0123456789abcdef0123456789abcdef.tmp")]
    public void OtherNamesAreNotTemporary(string fileName)
    {
        Assert.Null(AtomicFile.DestinationOfTemporary(fileName));
    }
}
