using System.Text;
using NeuronTopology.IO;
using Xunit;

namespace NeuronTopology.Tests.IO;

/// <summary>The row count that sizes the point-cloud array, and reads that agree with it or not.</summary>
public sealed class TextRowCounterTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("", 0)]
    [InlineData("1,2\n3,4\n", 2)]
    [InlineData("1,2\n3,4", 2)]
    [InlineData("# header\n\n  \t\n1 2\r\n  # note\n3 4\r\n\n", 2)]
    [InlineData("  5 6\n#7 8\n", 1)]
    [InlineData("1 2\r3 4\r", 1)]
    public void CountsCandidateRows(string text, long expected)
        => Assert.Equal(expected, TextRowCounter.CountCandidateRows(Bytes(text)));

    [Fact]
    public void RestoresStreamPosition()
    {
        using var stream = Bytes("skip\n1 2\n3 4\n");
        stream.Position = 5;

        long? rows = TextRowCounter.CountCandidateRows(stream);

        Assert.Equal(2, rows);
        Assert.Equal(5, stream.Position);
    }

    [Fact]
    public void CountsAcrossBufferBoundaries()
    {
        // 20 000 rows of 8 bytes span several 64 KiB buffers, with lines split between them.
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
            text.Append(i % 7 == 0 ? "# c   \n" : "1.5,2.5\n");

        long expected = Enumerable.Range(0, 20_000).Count(i => i % 7 != 0);

        Assert.Equal(expected, TextRowCounter.CountCandidateRows(Bytes(text.ToString())));
    }

    [Fact]
    public void UnseekableStreamHasNoCount()
    {
        using var stream = new UnseekableStream(Bytes("1 2\n"));

        Assert.Null(TextRowCounter.CountCandidateRows(stream));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1L)]
    [InlineData(3L)]
    [InlineData(50L)]
    public void ReadMatchesWithAnyRowHint(long? hint)
    {
        // Lone carriage returns end lines for the reader but not for the counter, so a hint can be too low.
        var cloud = PointCloudReader.Read(new StringReader("# x y\n1 2\n\n3 4\r5 6\n"), "test", hint, singleRangeOnly: false);

        Assert.Equal(3, cloud.Count);
        Assert.Equal(2, cloud.Dimension);
        Assert.Equal(6, cloud.Coordinates.Length);
        Assert.Equal([1, 2, 3, 4, 5, 6], cloud.Coordinates);
    }

    [Fact]
    public void RipsInputReadsFileWithCount()
    {
        using var stream = Bytes("# cloud\n0,0\n3,4\n\n6,8\n");

        var input = RipsInput.Read(RipsInputFormat.PointCloud, stream, "cloud.csv");

        Assert.Equal(3, input.Count);
        Assert.Equal([0, 0, 3, 4, 6, 8], input.PointCloud!.Coordinates);
    }
}
