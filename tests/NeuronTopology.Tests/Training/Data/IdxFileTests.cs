using Xunit;
using NeuronTopology.IO;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class IdxFileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadImages_RawAndGzipGiveSameData(bool compressed)
    {
        using var files = new IdxTestFiles();
        byte[] raw = IdxTestFiles.Images(3, 2, 4, i => (byte)(i * 7));
        string path = files.Write("images", compressed ? IdxTestFiles.Gzip(raw) : raw);

        IdxImages images = IdxFile.ReadImages(path);

        Assert.Equal(3, images.Count);
        Assert.Equal(2, images.Rows);
        Assert.Equal(4, images.Columns);
        Assert.Equal(8, images.PixelsPerImage);
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (byte)(i * 7)), images.Pixels);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadLabels_RawAndGzipGiveSameData(bool compressed)
    {
        using var files = new IdxTestFiles();
        byte[] raw = IdxTestFiles.Labels([3, 1, 4, 1, 5]);
        string path = files.Write("labels", compressed ? IdxTestFiles.Gzip(raw) : raw);

        Assert.Equal(new byte[] { 3, 1, 4, 1, 5 }, IdxFile.ReadLabels(path));
    }

    [Fact]
    public void ReadImages_ZeroImagesIsValid()
    {
        using var stream = new MemoryStream(IdxTestFiles.Images(0, 28, 28, _ => 0));
        Assert.Empty(IdxFile.ReadImages(stream, "empty").Pixels);
    }

    [Fact]
    public void ReadImages_LabelsMagic_NamesFileAndExpected()
    {
        using var files = new IdxTestFiles();
        string path = files.Write("swapped", IdxTestFiles.Labels([1, 2]));

        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(path));

        Assert.Equal(path, exception.Source);
        Assert.Contains("0x00000801", exception.Message);
        Assert.Contains("expected 0x00000803", exception.Message);
    }

    [Fact]
    public void ReadLabels_WrongMagic_Throws()
    {
        using var stream = new MemoryStream(IdxTestFiles.Labels([1], magic: 0x00000901));
        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadLabels(stream, "labels.idx"));
        Assert.Contains("expected 0x00000801", exception.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadImages_TruncatedBody_Throws(bool compressed)
    {
        byte[] raw = IdxTestFiles.Images(2, 3, 3, _ => 9);
        byte[] truncated = raw[..^5];
        using var stream = new MemoryStream(compressed ? IdxTestFiles.Gzip(truncated) : truncated);

        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "short.idx"));

        Assert.Contains("truncated", exception.Message);
        Assert.Contains("18 bytes", exception.Message);
        Assert.Contains("only 13", exception.Message);
    }

    [Fact]
    public void ReadImages_TruncatedHeader_Throws()
    {
        using var stream = new MemoryStream(IdxTestFiles.Images(1, 2, 2, _ => 0)[..10]);
        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "header.idx"));
        Assert.Contains("row count", exception.Message);
    }

    [Fact]
    public void ReadImages_EmptyFile_Throws()
    {
        using var stream = new MemoryStream([]);
        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "empty.idx"));
        Assert.Contains("magic number", exception.Message);
    }

    [Fact]
    public void ReadImages_TruncatedGzipStream_Throws()
    {
        byte[] gzip = IdxTestFiles.Gzip(IdxTestFiles.Images(4, 28, 28, i => (byte)i));
        using var stream = new MemoryStream(gzip[..(gzip.Length / 2)]);

        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "cut.gz"));

        Assert.Equal("cut.gz", exception.Source);
    }

    [Fact]
    public void ReadLabels_TrailingData_Throws()
    {
        byte[] raw = [.. IdxTestFiles.Labels([1, 2, 3]), 7];
        using var stream = new MemoryStream(raw);
        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadLabels(stream, "long.idx"));
        Assert.Contains("after the 3 bytes", exception.Message);
    }

    [Fact]
    public void ReadImages_NegativeSize_Throws()
    {
        using var stream = new MemoryStream(IdxTestFiles.Images(0, -28, 28, _ => 0));
        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "negative.idx"));
        Assert.Contains("row count", exception.Message);
        Assert.Contains("-28", exception.Message);
    }

    [Fact]
    public void ReadImages_HugeSizes_ThrowsWithoutAllocating()
    {
        byte[] header = IdxTestFiles.Images(0, 1, 1, _ => 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), int.MaxValue);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(8), 1000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(12), 1000);
        using var stream = new MemoryStream(header);

        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "huge.idx"));
        Assert.Contains("more than one array can hold", exception.Message);
    }

    [Fact]
    public void ReadImages_OverstatedCount_Throws()
    {
        // 100 000 images declared (78 MB), 3 present: the reader must report truncation, not allocate first.
        byte[] header = IdxTestFiles.Images(3, 28, 28, i => (byte)i);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 100_000);
        using var stream = new MemoryStream(header);

        var exception = Assert.Throws<InputFormatException>(() => IdxFile.ReadImages(stream, "short.idx"));

        Assert.Contains("78400000 bytes", exception.Message);
        Assert.Contains("only 2352 follow", exception.Message);
    }

    [Fact]
    public void ReadImages_DataLargerThanFirstChunk()
    {
        // 2000 images = 1.57 MB, more than the first 1 MiB buffer, so the buffer has to grow.
        byte[] raw = IdxTestFiles.Images(2000, 28, 28, i => (byte)(i % 251));
        using var stream = new MemoryStream(IdxTestFiles.Gzip(raw));

        IdxImages images = IdxFile.ReadImages(stream, "large.gz");

        Assert.Equal(2000, images.Count);
        Assert.Equal(raw[16..], images.Pixels);
    }

    [Fact]
    public void ReadImages_StreamStaysOpen()
    {
        using var stream = new MemoryStream(IdxTestFiles.Images(1, 1, 1, _ => 5));
        IdxFile.ReadImages(stream, "open.idx");
        Assert.True(stream.CanRead);
    }
}
