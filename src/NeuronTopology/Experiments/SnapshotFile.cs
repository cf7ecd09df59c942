using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using NeuronTopology.Geometry;

namespace NeuronTopology.Experiments;

/// <summary>Neuron snapshots as NumPy <c>.npy</c> files (format 1.0, little-endian float64, C order, shape (neurons, dimension)).</summary>
internal static class SnapshotFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public static void Write(string path, PointCloud cloud)
    {
        string header = string.Create(CultureInfo.InvariantCulture,
            $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({cloud.Count}, {cloud.Dimension}), }}");
        // The magic, version and length take 10 bytes; the header is padded with spaces so the data starts at a multiple of 64.
        int padded = (10 + header.Length + 1 + 63) / 64 * 64 - 10;
        header = header.PadRight(padded - 1) + "\n";

        RunFiles.Write(path, stream =>
        {
            stream.Write(Magic);
            stream.WriteByte(1);
            stream.WriteByte(0);
            Span<byte> length = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)header.Length);
            stream.Write(length);
            stream.Write(Encoding.ASCII.GetBytes(header));
            ReadOnlySpan<double> values = cloud.Coordinates.AsSpan(0, cloud.Count * cloud.Dimension);
            if (BitConverter.IsLittleEndian)
            {
                stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values));
            }
            else
            {
                Span<byte> bytes = stackalloc byte[8];
                foreach (double value in values)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
                    stream.Write(bytes);
                }
            }
        });
    }

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a little-endian float64 C-order 2-D array.</exception>
    public static PointCloud Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length < 10 || !bytes.AsSpan(0, 6).SequenceEqual(Magic) || bytes[6] != 1)
            throw new InvalidDataException($"{path} is not a NumPy 1.0 .npy file.");
        int headerLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        string header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        int open = header.IndexOf("'shape': (", StringComparison.Ordinal);
        if (!header.Contains("'<f8'", StringComparison.Ordinal) || header.Contains("'fortran_order': True", StringComparison.Ordinal) || open < 0)
            throw new InvalidDataException($"{path}: expected a little-endian float64 C-order array, found header {header.Trim()}");
        string[] shape = header[(open + 10)..header.IndexOf(')', open)].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (shape.Length != 2)
            throw new InvalidDataException($"{path}: expected a 2-D array, found shape ({string.Join(", ", shape)})");
        int count = int.Parse(shape[0], CultureInfo.InvariantCulture);
        int dimension = int.Parse(shape[1], CultureInfo.InvariantCulture);
        int offset = 10 + headerLength;
        if (bytes.Length - offset != (long)count * dimension * sizeof(double))
            throw new InvalidDataException($"{path}: expected {count} × {dimension} float64 values after the header, found {bytes.Length - offset} bytes");
        var values = new double[count * dimension];
        for (int index = 0; index < values.Length; index++)
            values[index] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(offset + index * sizeof(double)));
        return new PointCloud(values, count, dimension);
    }
}
