using Xunit;
using NeuronTopology.IO;

namespace NeuronTopology.Tests.IO;

public class NpyFileTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "io", name);

    // The arrays of make_npy_fixtures.py: element [i, j] of a (3, 2) array is 2i + j + 0.5.
    private static readonly double[] HalfSteps3x2 = [0.5, 1.5, 2.5, 3.5, 4.5, 5.5];

    [Theory]
    [InlineData("f8_little_c_3x2.npy", "<f8")]
    [InlineData("f8_big_c_3x2.npy", ">f8")]
    [InlineData("f4_little_c_3x2.npy", "<f4")]
    [InlineData("f4_big_fortran_3x2.npy", ">f4")]
    [InlineData("f8_little_fortran_3x2.npy", "<f8")]
    [InlineData("f8_version2_3x2.npy", "<f8")]
    [InlineData("f8_version3_3x2.npy", "<f8")]
    public void ReadsNumpyFileInCOrder(string name, string dataType)
    {
        var array = NpyFile.Read(Fixture(name));

        Assert.Equal([3, 2], array.Shape);
        Assert.Equal(HalfSteps3x2, array.Data);
        Assert.Equal(dataType, array.DataType);
    }

    [Fact]
    public void ReadsVector()
    {
        var array = NpyFile.Read(Fixture("f8_vector_5.npy"));

        Assert.Equal([5], array.Shape);
        Assert.Equal([0.5, 1.5, 2.5, 3.5, 4.5], array.Data);
    }

    [Fact]
    public void ReadsPaperRunAsPointCloud()
    {
        var cloud = NpyFile.ReadPointCloud(Fixture("circles-gd-0.003.first.npy"));
        byte[] bytes = File.ReadAllBytes(Fixture("circles-gd-0.003.first.npy"));

        Assert.Equal(1024, cloud.Count);
        Assert.Equal(2, cloud.Dimension);
        // The data of a version 1.0 file with a 118-byte header starts at byte 128.
        Assert.Equal(BitConverter.ToDouble(bytes, 128), cloud.Coordinates[0]);
        Assert.Equal(BitConverter.ToDouble(bytes, bytes.Length - 8), cloud.Coordinates[^1]);
    }

    [Theory]
    [InlineData("circles-gd-0.003.first.npy")]
    [InlineData("figure8-gd-0.003.last.npy")]
    public void WriteReproducesNumpyBytes(string name)
    {
        var array = NpyFile.Read(Fixture(name));
        string path = TemporaryPath();
        try
        {
            NpyFile.Write(path, array.Data, array.Shape.ToArray());

            Assert.Equal(File.ReadAllBytes(Fixture(name)), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Float32WriteReproducesNumpyBytes()
    {
        string path = TemporaryPath();
        try
        {
            NpyFile.Write(path, new float[] { 0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f }, [2, 3]);

            Assert.Equal(File.ReadAllBytes(Fixture("f4_written_2x3.npy")), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RoundTripKeepsShapeAndValues()
    {
        double[] data = [double.Epsilon, -0.0, 1e308, -1.0 / 3, Math.PI, 42];
        string path = TemporaryPath();
        try
        {
            NpyFile.Write(path, data, [6]);
            var vector = NpyFile.Read(path);
            NpyFile.Write(path, data, [3, 2]);
            var matrix = NpyFile.Read(path);

            Assert.Equal([6], vector.Shape);
            Assert.Equal(data, vector.Data);
            Assert.Equal([3, 2], matrix.Shape);
            Assert.Equal(data, matrix.Data);
            Assert.Equal(0, File.ReadAllBytes(path).Length % 16);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LongHeaderSwitchesToVersion2()
    {
        // 25,000 dimensions of length 1 make a header longer than the 65,535 bytes version 1.0 can announce.
        int[] shape = Enumerable.Repeat(1, 25_000).ToArray();
        string path = TemporaryPath();
        try
        {
            NpyFile.Write(path, [7.0], shape);
            byte[] bytes = File.ReadAllBytes(path);
            uint headerLength = BitConverter.ToUInt32(bytes, 8);

            Assert.Equal((byte)2, bytes[6]);
            Assert.Equal((byte)0, bytes[7]);
            Assert.Equal(0u, (12 + headerLength) % 64);
            Assert.Equal(12 + headerLength + 8, (uint)bytes.Length);
            Assert.Equal(7.0, BitConverter.ToDouble(bytes, bytes.Length - 8));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteRejectsMismatchedShape()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => NpyFile.Write(TemporaryPath(), [1.0, 2.0, 3.0], [2, 2]));

        Assert.Equal("shape", exception.ParamName);
    }

    [Fact]
    public void IntegerDtypeIsNamed()
    {
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(Fixture("i8_3x2.npy")));

        Assert.Contains("'<i8' (64-bit signed integer)", exception.Message);
        Assert.Contains("astype(numpy.float64)", exception.Message);
        Assert.Null(exception.Line);
    }

    [Fact]
    public void ThreeDimensionsAreRejected()
    {
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(Fixture("f8_3d_2x2x2.npy")));

        Assert.Contains("3 dimensions, shape (2, 2, 2)", exception.Message);
    }

    [Fact]
    public void PointCloudRejectsThreeDimensionsAskingForTwo()
    {
        // The general reader accepts 1-D arrays, but a point cloud does not, so its message must ask for 2-D only.
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.ReadPointCloud(Fixture("f8_3d_2x2x2.npy")));

        Assert.Contains("3 dimensions, shape (2, 2, 2)", exception.Message);
        Assert.Contains("expected a 2-D array of shape (points, coordinates)", exception.Message);
        Assert.DoesNotContain("1-D", exception.Message);
    }

    [Fact]
    public void PointCloudRejectsVector()
    {
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.ReadPointCloud(Fixture("f8_vector_5.npy")));

        Assert.Contains("shape (5,)", exception.Message);
        Assert.Contains("2-D", exception.Message);
    }

    [Fact]
    public void PointCloudRejectsEmptyArray()
    {
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.ReadPointCloud(Fixture("f8_empty_0x2.npy")));

        Assert.Contains("shape (0, 2)", exception.Message);
        Assert.Contains("no rows", exception.Message);
    }

    [Fact]
    public void PointCloudRejectsNaNWithPosition()
    {
        var exception = Assert.Throws<InputFormatException>(() => NpyFile.ReadPointCloud(Fixture("f8_nan_2x2.npy")));

        Assert.Contains("element [1, 0] is NaN", exception.Message);
    }

    [Fact]
    public void TruncatedDataIsReported()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("f8_little_c_3x2.npy"));
        using var stream = new MemoryStream(bytes[..^5]);

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(stream, "cut.npy"));

        Assert.Equal("cut.npy", exception.Source);
        Assert.Contains("truncated", exception.Message);
        Assert.Contains("6 elements (48 bytes)", exception.Message);
        Assert.Contains("only 43 bytes", exception.Message);
    }

    [Fact]
    public void TextIsNotNpy()
    {
        using var stream = new MemoryStream("0,0\n1,1\n"u8.ToArray());

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(stream, "points.csv"));

        Assert.Contains("not a NumPy .npy file", exception.Message);
    }

    [Fact]
    public void BytesAfterTheDataAreReported()
    {
        // 3 × 2 float64 values are 48 bytes of data; the file gets 3 more.
        string path = TemporaryPath();
        NpyFile.Write(path, new double[] { 1, 2, 3, 4, 5, 6 }, [3, 2]);
        File.AppendAllText(path, "abc");

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(path));

        Assert.Equal(path, exception.Source);
        Assert.Equal($"{path}: the .npy file has 3 bytes after its data: the header announces 6 elements (48 bytes), but 51 bytes follow it.", exception.Message);
        File.Delete(path);
    }

    [Fact]
    public void BytesAfterTheDataOfAStreamAreReported()
    {
        byte[] bytes = [.. File.ReadAllBytes(Fixture("f8_little_c_3x2.npy")), 0];
        using var stream = new UnseekableStream(bytes);

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.ReadPointCloud(stream, "standard input"));

        Assert.Contains("has 1 byte after its data", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVersionIsRejected()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("f8_little_c_3x2.npy"));
        bytes[6] = 4;

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(new MemoryStream(bytes), "future.npy"));

        Assert.Contains("version 4.0", exception.Message);
    }

    [Fact]
    public void MalformedHeaderIsShown()
    {
        byte[] bytes = File.ReadAllBytes(Fixture("f8_little_c_3x2.npy"));
        int shapeKey = System.Text.Encoding.Latin1.GetString(bytes).IndexOf("(3, 2)", StringComparison.Ordinal);
        bytes[shapeKey + 1] = (byte)'x';

        var exception = Assert.Throws<InputFormatException>(() => NpyFile.Read(new MemoryStream(bytes), "bad.npy"));

        Assert.Contains("not a valid dictionary", exception.Message);
        Assert.Contains("'shape': (x, 2)", exception.Message);
    }

    private static string TemporaryPath() => Path.Combine(Path.GetTempPath(), $"ntopo-{Guid.NewGuid():N}.npy");

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
