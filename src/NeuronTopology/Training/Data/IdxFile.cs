using System.Buffers.Binary;
using System.IO.Compression;
using NeuronTopology.IO;

namespace NeuronTopology.Training.Data;

/// <summary>
/// Reader of the IDX format of MNIST and Fashion-MNIST (LeCun et al., yann.lecun.com/exdb/mnist). A file
/// starts with a big-endian magic number whose third byte is the element type (0x08, unsigned byte) and
/// whose fourth is the number of dimensions. One big-endian 32-bit size per dimension follows, then the
/// elements. Gzip-compressed files are recognized by their first two bytes, 1f 8b, and decompressed on the fly.
/// </summary>
/// <remarks>
/// Only the two layouts of the MNIST files are accepted: images (magic 0x00000803, sizes n, rows, columns)
/// and labels (magic 0x00000801, size n). A file whose length disagrees with its sizes is rejected:
/// truncated data and trailing bytes both raise <see cref="InputFormatException"/>.
/// </remarks>
public static class IdxFile
{
    /// <summary>Magic number of an IDX file of unsigned-byte images (three dimensions).</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of an IDX file of unsigned-byte labels (one dimension).</summary>
    public const int LabelsMagic = 0x00000801;

    private const int InitialBodyCapacity = 1 << 20;

    // Larger files cannot be indexed by one .NET array; MNIST's training images are 47 MB.
    private static readonly long MaxElements = Array.MaxLength;

    /// <summary>Reads an images file, raw or gzipped.</summary>
    /// <exception cref="InputFormatException">The file is not an IDX images file, or its length disagrees with its header; the message names the file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IdxImages ReadImages(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadImages(stream, path);
    }

    /// <summary>Reads an images file from <paramref name="stream"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputFormatException">The data is not an IDX images file, or its length disagrees with its header.</exception>
    public static IdxImages ReadImages(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using Stream input = OpenPossiblyCompressed(stream);

        int magic = ReadHeaderInt32(input, source, "magic number");
        if (magic != ImagesMagic)
            throw WrongMagic(source, magic, ImagesMagic, "images");
        int count = ReadSize(input, source, "image count");
        int rows = ReadSize(input, source, "row count");
        int columns = ReadSize(input, source, "column count");

        long length = (long)count * rows * columns;
        if (length > MaxElements)
            throw new InputFormatException(source, null, $"the header declares {count} images of {rows} × {columns} pixels, {length} bytes, more than one array can hold ({MaxElements}).");

        byte[] pixels = ReadBody(input, source, length, $"{count} images of {rows} × {columns} pixels");
        return new IdxImages(count, rows, columns, pixels);
    }

    /// <summary>Reads a labels file, raw or gzipped.</summary>
    /// <exception cref="InputFormatException">The file is not an IDX labels file, or its length disagrees with its header; the message names the file.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static byte[] ReadLabels(string path)
    {
        using var stream = File.OpenRead(path);
        return ReadLabels(stream, path);
    }

    /// <summary>Reads a labels file from <paramref name="stream"/>; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputFormatException">The data is not an IDX labels file, or its length disagrees with its header.</exception>
    public static byte[] ReadLabels(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using Stream input = OpenPossiblyCompressed(stream);

        int magic = ReadHeaderInt32(input, source, "magic number");
        if (magic != LabelsMagic)
            throw WrongMagic(source, magic, LabelsMagic, "labels");
        int count = ReadSize(input, source, "label count");

        return ReadBody(input, source, count, $"{count} labels");
    }

    private static Stream OpenPossiblyCompressed(Stream stream)
    {
        // The two bytes read to detect gzip are put back in front of the rest. The caller's stream stays
        // open: disposing the result disposes only the buffer and the decompressor.
        var buffered = new BufferedStream(stream, 1 << 16);
        int first = buffered.ReadByte();
        int second = first < 0 ? -1 : buffered.ReadByte();
        Stream rewound = new PrefixedStream([.. ByteOrEmpty(first), .. ByteOrEmpty(second)], buffered);
        return first == 0x1F && second == 0x8B ? new GZipStream(rewound, CompressionMode.Decompress) : rewound;
    }

    private static byte[] ByteOrEmpty(int value) => value < 0 ? [] : [(byte)value];

    private static int ReadHeaderInt32(Stream input, string source, string field)
    {
        Span<byte> bytes = stackalloc byte[4];
        int read = ReadFully(input, bytes, source);
        if (read < 4)
            throw new InputFormatException(source, null, $"the file ends inside the IDX header while reading the {field}; expected a 4-byte big-endian integer.");
        return BinaryPrimitives.ReadInt32BigEndian(bytes);
    }

    private static int ReadSize(Stream input, string source, string field)
    {
        int size = ReadHeaderInt32(input, source, field);
        if (size < 0)
            throw new InputFormatException(source, null, $"the {field} in the IDX header is {size}; expected a non-negative size.");
        return size;
    }

    private static byte[] ReadBody(Stream input, string source, long length, string description)
    {
        // Grow the buffer as data arrives, so a corrupt header that declares gigabytes fails on the short
        // file instead of allocating them first.
        var body = new byte[Math.Min(length, InitialBodyCapacity)];
        long read = 0;
        while (read < length)
        {
            if (read == body.Length)
                Array.Resize(ref body, (int)Math.Min(length, 2L * body.Length));
            int chunk = ReadFully(input, body.AsSpan((int)read), source);
            read += chunk;
            if (read < body.Length)
                break;
        }
        if (read < length)
            throw new InputFormatException(source, null, $"the file is truncated: the header declares {description} ({length} bytes of data) but only {read} follow.");

        Span<byte> probe = stackalloc byte[1];
        if (ReadFully(input, probe, source) != 0)
            throw new InputFormatException(source, null, $"the file has data after the {length} bytes that the header declares ({description}); the sizes in the header are wrong.");
        return body;
    }

    private static int ReadFully(Stream input, Span<byte> destination, string source)
    {
        try
        {
            return input.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException exception)
        {
            throw new InputFormatException(source, null, $"the gzip data is corrupt or truncated ({exception.Message}).");
        }
    }

    private static InputFormatException WrongMagic(string source, int magic, int expected, string kind) =>
        new(source, null, $"wrong magic number 0x{magic:X8}; expected 0x{expected:X8} for an IDX {kind} file (MNIST layout).");
}
