using Xunit;
using System.Text;
using NeuronTopology.IO;

namespace NeuronTopology.Tests.IO;

public class RipsInputTests
{
    [Theory]
    [InlineData("point-cloud", "0,0\n1,0\n0,1\n1,1\n")]
    [InlineData("lower-distance", "1\n1.4142135623730951 1\n1 1.4142135623730951 1\n")]
    [InlineData("upper-distance", "1 1.4142135623730951 1\n1 1.4142135623730951\n1\n")]
    [InlineData("distance", "0 1 1.4142135623730951 1\n1 0 1 1.4142135623730951\n1.4142135623730951 1 0 1\n1 1.4142135623730951 1 0\n")]
    [InlineData("sparse", "0 1 1\n1 2 1\n2 3 1\n3 0 1\n0 2 1.4142135623730951\n1 3 1.4142135623730951\n")]
    public void EveryTextFormatReadsTheSquare(string formatName, string text)
    {
        Assert.True(RipsInputFormatNames.TryParse(formatName, out var format));

        var input = RipsInput.Read(format, new MemoryStream(Encoding.UTF8.GetBytes(text)), "square");

        Assert.Equal(4, input.Count);
        Assert.Equal(1, new[] { input.PointCloud is not null, input.SinglePrecisionPointCloud is not null, input.DistanceMatrix is not null, input.SparseDistanceMatrix is not null }.Count(set => set));
        Assert.Equal(formatName, RipsInputFormatNames.Name(format));
    }

    [Fact]
    public void TextPointCloudIsReadInSinglePrecision()
    {
        var input = RipsInput.Read(RipsInputFormat.PointCloud, new MemoryStream(Encoding.UTF8.GetBytes("0.1,2\n3,0.7\n")), "cloud.csv",
            singlePrecisionPoints: true);

        Assert.Null(input.PointCloud);
        Assert.NotNull(input.SinglePrecisionPointCloud);
        Assert.Equal([0.1f, 2f, 3f, 0.7f], input.SinglePrecisionPointCloud.Coordinates);
    }

    [Fact]
    public void TextPointCloudDefaultsToDouble()
    {
        var input = RipsInput.Read(RipsInputFormat.PointCloud, new MemoryStream(Encoding.UTF8.GetBytes("0.1,2\n3,0.7\n")), "cloud.csv");

        Assert.Null(input.SinglePrecisionPointCloud);
        Assert.NotNull(input.PointCloud);
        Assert.Equal([0.1, 2, 3, 0.7], input.PointCloud.Coordinates);
    }

    [Fact]
    public void NpyFormatReadsPointCloud()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy");

        var input = RipsInput.ReadFile(RipsInputFormat.Npy, path);

        Assert.NotNull(input.PointCloud);
        Assert.Equal(3, input.Count);
        Assert.Equal(2, input.PointCloud.Dimension);
    }

    [Fact]
    public void NpyFileReadAsTextIsRejected()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", "f8_little_c_3x2.npy");

        var exception = Assert.Throws<InputFormatException>(() => RipsInput.ReadFile(RipsInputFormat.Distance, path));

        Assert.Equal(path, exception.Source);
        Assert.Contains("NumPy .npy file", exception.Message);
        Assert.Contains("npy format", exception.Message);
    }

    [Theory]
    [InlineData("Point-Cloud", RipsInputFormat.PointCloud)]
    [InlineData("npy", RipsInputFormat.Npy)]
    public void FormatNamesIgnoreCase(string name, RipsInputFormat expected)
    {
        Assert.True(RipsInputFormatNames.TryParse(name, out var format));
        Assert.Equal(expected, format);
    }

    [Fact]
    public void UnknownFormatNameIsNotParsed()
        => Assert.False(RipsInputFormatNames.TryParse("dipha", out _));
}
