using System.Buffers.Binary;
using System.Text;
using NeuronTopology.Geometry;

namespace NeuronTopology.IO;

/// <summary>
/// Reads and writes NumPy <c>.npy</c> files (format versions 1.0, 2.0 and 3.0 of numpy.lib.format): 1-D and 2-D
/// float32 or float64 arrays, either byte order, C or Fortran order.
/// </summary>
/// <remarks>
/// A file that NumPy appended several arrays to is read up to the end of its first array, as numpy.load does.
/// Writers produce the bytes numpy.save writes (version 1.0 unless the header needs 2.0, padded to 64 bytes).
/// </remarks>
public static class NpyFile
{
    private static ReadOnlySpan<byte> Magic => [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Length of the magic string \x93NUMPY that starts every .npy file.</summary>
    internal const int MagicLength = 6;

    // numpy.load rejects headers above 10,000 bytes by default; a corrupt length must not allocate gigabytes.
    private const int MaxHeaderLength = 1 << 20;

    private const int Alignment = 64;

    private const string PointCloudShape = "expected a 2-D array of shape (points, coordinates). For points on a line, save array.reshape(-1, 1).";

    /// <summary>Reads the array in the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is not a .npy file of version 1.0 to 3.0, its dtype is not float32 or float64, it has neither 1 nor 2 dimensions, or it is truncated or has bytes after its data.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static NpyArray Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads an array from <paramref name="stream"/>; <paramref name="source"/> names the input in error messages.</summary>
    /// <exception cref="InputFormatException">The input is not a .npy file of version 1.0 to 3.0, its dtype is not float32 or float64, it has neither 1 nor 2 dimensions, or it is truncated or has bytes after its data.</exception>
    public static NpyArray Read(Stream stream, string source) => Read(stream, source, pointCloud: false);

    // A point cloud must be 2-D, so its reader names that shape alone in the message for any other rank.
    private static NpyArray Read(Stream stream, string source, bool pointCloud)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);

        NpyHeader header = ReadHeader(stream, source);
        var (elementSize, littleEndian) = ParseDataType(header.DataType, source);
        if (pointCloud && header.Shape.Length != 2)
            throw new InputFormatException(source, null, $"the array has {header.Shape.Length} dimension{(header.Shape.Length == 1 ? "" : "s")}, shape {FormatShape(header.Shape)}; {PointCloudShape}");
        if (header.Shape.Length is not (1 or 2))
            throw new InputFormatException(source, null, $"the array has {header.Shape.Length} dimensions, shape {FormatShape(header.Shape)}; expected a 1-D or 2-D array.");

        long elements = header.Shape.Aggregate(1L, (product, length) => product * length);
        if (elements > Array.MaxLength)
            throw new InputFormatException(source, null, $"the array has {elements} elements, shape {FormatShape(header.Shape)}; at most {Array.MaxLength} can be read.");

        var data = ReadElements(stream, source, (int)elements, elementSize, littleEndian);
        RejectTrailingBytes(stream, source, elements, elementSize);
        if (header.FortranOrder && header.Shape.Length == 2)
            data = Transpose(data, columns: header.Shape[0], rows: header.Shape[1]);
        return new NpyArray(header.Shape, data, header.DataType);
    }

    /// <summary>Reads a 2-D array at <paramref name="path"/> as a point cloud, one point a row.</summary>
    /// <exception cref="InputFormatException">The file cannot be read as by <see cref="Read(string)"/>, the array is not 2-D, has no rows, or an element is NaN or infinite.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PointCloud ReadPointCloud(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadPointCloud(stream, path);
    }

    /// <summary>Reads a 2-D array from <paramref name="stream"/> as a point cloud, one point a row.</summary>
    /// <exception cref="InputFormatException">The input cannot be read as by <see cref="Read(Stream, string)"/>, the array is not 2-D, has no rows, or an element is NaN or infinite.</exception>
    public static PointCloud ReadPointCloud(Stream stream, string source)
    {
        NpyArray array = Read(stream, source, pointCloud: true);

        int count = array.Shape[0];
        int dimension = array.Shape[1];
        if (count == 0)
            throw new InputFormatException(source, null, $"the array has shape {FormatShape(array.Shape)}, which has no rows; expected at least one point.");
        for (int index = 0; index < array.Data.Length; index++)
        {
            double value = array.Data[index];
            if (!double.IsFinite(value))
                throw new InputFormatException(source, null, $"element [{index / dimension}, {index % dimension}] is {value}; coordinates must be finite.");
        }
        return new PointCloud(array.Data, count, dimension);
    }

    /// <summary>Writes <paramref name="data"/> as a little-endian float64 array in C order, atomically (see <see cref="AtomicFile"/>).</summary>
    /// <param name="shape">Length of each dimension; their product must equal the length of <paramref name="data"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative, or the shape does not match the length of <paramref name="data"/>.</exception>
    public static void Write(string path, double[] data, int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ValidateShape(shape, data.Length);
        AtomicFile.Write(path, stream =>
        {
            WriteHeader(stream, new NpyHeader("<f8", false, shape));
            var buffer = new byte[sizeof(double) * Math.Min(data.Length, 8192)];
            for (int start = 0; start < data.Length; start += buffer.Length / sizeof(double))
            {
                int length = Math.Min(buffer.Length / sizeof(double), data.Length - start);
                for (int k = 0; k < length; k++)
                    BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(k * sizeof(double)), data[start + k]);
                stream.Write(buffer, 0, length * sizeof(double));
            }
        });
    }

    /// <summary>Writes <paramref name="data"/> as a little-endian float32 array in C order, atomically (see <see cref="AtomicFile"/>).</summary>
    /// <param name="shape">Length of each dimension; their product must equal the length of <paramref name="data"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative, or the shape does not match the length of <paramref name="data"/>.</exception>
    public static void Write(string path, float[] data, int[] shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        ValidateShape(shape, data.Length);
        AtomicFile.Write(path, stream =>
        {
            WriteHeader(stream, new NpyHeader("<f4", false, shape));
            var buffer = new byte[sizeof(float) * Math.Min(data.Length, 16384)];
            for (int start = 0; start < data.Length; start += buffer.Length / sizeof(float))
            {
                int length = Math.Min(buffer.Length / sizeof(float), data.Length - start);
                for (int k = 0; k < length; k++)
                    BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(k * sizeof(float)), data[start + k]);
                stream.Write(buffer, 0, length * sizeof(float));
            }
        });
    }

    /// <summary>True when <paramref name="bytes"/> starts with the .npy magic string.</summary>
    internal static bool StartsWithMagic(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Magic);

    private static NpyHeader ReadHeader(Stream stream, string source)
    {
        Span<byte> prefix = stackalloc byte[8];
        int read = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        if (read < prefix.Length || !prefix[..6].SequenceEqual(Magic))
            throw new InputFormatException(source, null, "the input is not a NumPy .npy file: it does not start with the bytes \\x93NUMPY.");

        byte major = prefix[6];
        byte minor = prefix[7];
        if (major is not (1 or 2 or 3) || minor != 0)
            throw new InputFormatException(source, null, $".npy format version {major}.{minor} is not supported; expected 1.0, 2.0 or 3.0.");

        Span<byte> lengthBytes = stackalloc byte[major == 1 ? 2 : 4];
        if (stream.ReadAtLeast(lengthBytes, lengthBytes.Length, throwOnEndOfStream: false) < lengthBytes.Length)
            throw new InputFormatException(source, null, "the .npy file ends inside its header.");
        long headerLength = major == 1
            ? BinaryPrimitives.ReadUInt16LittleEndian(lengthBytes)
            : BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        if (headerLength > MaxHeaderLength)
            throw new InputFormatException(source, null, $"the .npy header length is {headerLength} bytes; at most {MaxHeaderLength} are accepted, so the file is probably corrupt.");

        var headerBytes = new byte[headerLength];
        if (stream.ReadAtLeast(headerBytes, headerBytes.Length, throwOnEndOfStream: false) < headerBytes.Length)
            throw new InputFormatException(source, null, $"the .npy file ends inside its header of {headerLength} bytes.");

        // Versions 1.0 and 2.0 store the header in Latin-1, version 3.0 in UTF-8.
        string text = major == 3 ? Encoding.UTF8.GetString(headerBytes) : Encoding.Latin1.GetString(headerBytes);
        return NpyHeader.Parse(text, source);
    }

    private static (int ElementSize, bool LittleEndian) ParseDataType(string dataType, string source)
    {
        char order = '=';
        string code = dataType;
        if (dataType.Length > 0 && dataType[0] is '<' or '>' or '=' or '|')
        {
            order = dataType[0];
            code = dataType[1..];
        }
        bool littleEndian = order switch
        {
            '<' => true,
            '>' => false,
            _ => BitConverter.IsLittleEndian,
        };
        return code switch
        {
            "f4" => (4, littleEndian),
            "f8" => (8, littleEndian),
            _ => throw new InputFormatException(source, null,
                $"the array has dtype '{dataType}' ({NpyDataTypeNames.Describe(code)}); expected float32 ('<f4', '>f4') or float64 ('<f8', '>f8'). Convert it with array.astype(numpy.float64)."),
        };
    }

    private static double[] ReadElements(Stream stream, string source, int count, int elementSize, bool littleEndian)
    {
        var data = new double[count];
        var buffer = new byte[elementSize * Math.Min(Math.Max(count, 1), 8192)];
        int done = 0;
        while (done < count)
        {
            int batch = Math.Min(buffer.Length / elementSize, count - done);
            int bytes = batch * elementSize;
            int read = stream.ReadAtLeast(buffer.AsSpan(0, bytes), bytes, throwOnEndOfStream: false);
            if (read < bytes)
            {
                long expected = (long)count * elementSize;
                long found = (long)done * elementSize + read;
                throw new InputFormatException(source, null, $"the .npy data is truncated: the header announces {count} elements ({expected} bytes), but only {found} bytes follow it.");
            }

            for (int k = 0; k < batch; k++)
                data[done + k] = ReadElement(buffer.AsSpan(k * elementSize, elementSize), littleEndian);
            done += batch;
        }
        return data;
    }

    // numpy.save writes nothing after the data, so more bytes mean a damaged file or a shape that does not fit the data.
    private static void RejectTrailingBytes(Stream stream, string source, long elements, int elementSize)
    {
        long extra = 0;
        if (stream.CanSeek)
        {
            extra = stream.Length - stream.Position;
        }
        else
        {
            Span<byte> buffer = stackalloc byte[4096];
            int read;
            while ((read = stream.Read(buffer)) > 0)
                extra += read;
        }
        if (extra > 0)
        {
            long expected = elements * elementSize;
            throw new InputFormatException(source, null,
                $"the .npy file has {extra} byte{(extra == 1 ? "" : "s")} after its data: the header announces {elements} elements ({expected} bytes), but {expected + extra} bytes follow it.");
        }
    }

    private static double ReadElement(ReadOnlySpan<byte> bytes, bool littleEndian) => (bytes.Length, littleEndian) switch
    {
        (4, true) => BinaryPrimitives.ReadSingleLittleEndian(bytes),
        (4, false) => BinaryPrimitives.ReadSingleBigEndian(bytes),
        (_, true) => BinaryPrimitives.ReadDoubleLittleEndian(bytes),
        (_, false) => BinaryPrimitives.ReadDoubleBigEndian(bytes),
    };

    // A Fortran-order array of shape (r, c) is stored column after column, that is as the C-order array of shape (c, r).
    private static double[] Transpose(double[] data, int columns, int rows)
    {
        var transposed = new double[data.Length];
        for (int row = 0; row < rows; row++)
        {
            for (int column = 0; column < columns; column++)
                transposed[column * rows + row] = data[row * columns + column];
        }
        return transposed;
    }

    private static void WriteHeader(Stream stream, NpyHeader header)
    {
        // NumPy pads the header with 1 to 64 spaces before a final newline, so that the data starts at a multiple
        // of 64 bytes, and switches to version 2.0 only when the padded header is too long for a 16-bit length.
        string dictionary = header.Format();
        int version = 1;
        int padding = Padding(dictionary.Length, lengthFieldSize: 2);
        if (dictionary.Length + padding + 1 > ushort.MaxValue)
        {
            version = 2;
            padding = Padding(dictionary.Length, lengthFieldSize: 4);
        }
        byte[] text = Encoding.Latin1.GetBytes(dictionary + new string(' ', padding) + "\n");

        stream.Write(Magic);
        stream.WriteByte((byte)version);
        stream.WriteByte(0);
        Span<byte> length = stackalloc byte[4];
        if (version == 1)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)text.Length);
            stream.Write(length[..2]);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)text.Length);
            stream.Write(length);
        }
        stream.Write(text);
    }

    private static int Padding(int dictionaryLength, int lengthFieldSize)
        => Alignment - (Magic.Length + 2 + lengthFieldSize + dictionaryLength + 1) % Alignment;

    private static void ValidateShape(int[] shape, int length)
    {
        ArgumentNullException.ThrowIfNull(shape);
        long elements = 1;
        foreach (int dimensionLength in shape)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dimensionLength, nameof(shape));
            elements *= dimensionLength;
        }
        if (elements != length)
            throw new ArgumentOutOfRangeException(nameof(shape), FormatShape(shape), $"The shape has {elements} elements but the data has {length}.");
    }

    private static string FormatShape(IReadOnlyList<int> shape)
        => shape.Count == 1 ? $"({shape[0]},)" : "(" + string.Join(", ", shape) + ")";
}
