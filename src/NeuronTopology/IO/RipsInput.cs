using System.Text;
using NeuronTopology.Geometry;
using NeuronTopology.Homology;

namespace NeuronTopology.IO;

/// <summary>
/// The finite metric space a Vietoris–Rips computation reads: exactly one of a Euclidean point cloud (in 64-bit or
/// 32-bit coordinates), a dense distance matrix or a sparse distance matrix.
/// </summary>
public sealed class RipsInput
{
    private RipsInput(PointCloud? pointCloud, SinglePrecisionPointCloud? singlePrecisionPointCloud, DistanceMatrix? distanceMatrix,
        SparseDistanceMatrix? sparseDistanceMatrix, int count)
    {
        PointCloud = pointCloud;
        SinglePrecisionPointCloud = singlePrecisionPointCloud;
        DistanceMatrix = distanceMatrix;
        SparseDistanceMatrix = sparseDistanceMatrix;
        Count = count;
    }

    /// <summary>The points, when the input is a point cloud in 64-bit coordinates; otherwise null.</summary>
    public PointCloud? PointCloud { get; }

    /// <summary>The points, when the input is a text point cloud read in 32-bit floats, as Ripser reads it; otherwise null.</summary>
    public SinglePrecisionPointCloud? SinglePrecisionPointCloud { get; }

    /// <summary>The dense distances, when the input is a full or triangular matrix; otherwise null.</summary>
    public DistanceMatrix? DistanceMatrix { get; }

    /// <summary>The listed edges, when the input is sparse; otherwise null.</summary>
    public SparseDistanceMatrix? SparseDistanceMatrix { get; }

    /// <summary>Number of points n.</summary>
    public int Count { get; }

    /// <summary>Wraps a point cloud.</summary>
    public static RipsInput From(PointCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        return new RipsInput(cloud, null, null, null, cloud.Count);
    }

    /// <summary>Wraps a point cloud in 32-bit coordinates.</summary>
    public static RipsInput From(SinglePrecisionPointCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        return new RipsInput(null, cloud, null, null, cloud.Count);
    }

    /// <summary>Wraps a dense distance matrix.</summary>
    public static RipsInput From(DistanceMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new RipsInput(null, null, matrix, null, matrix.Count);
    }

    /// <summary>Wraps a sparse distance matrix.</summary>
    public static RipsInput From(SparseDistanceMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new RipsInput(null, null, null, matrix, matrix.Count);
    }

    /// <summary>Reads the file at <paramref name="path"/> in <paramref name="format"/>.</summary>
    /// <exception cref="InputFormatException">The content does not follow the format; the message names the file, the line and the value.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static RipsInput ReadFile(RipsInputFormat format, string path)
    {
        using var stream = File.OpenRead(path);
        return Read(format, stream, path);
    }

    /// <summary>Reads <paramref name="stream"/> in <paramref name="format"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <param name="format">The input format.</param>
    /// <param name="stream">The content.</param>
    /// <param name="source">Names the input in error messages.</param>
    /// <param name="singlePrecisionPoints">
    /// Reads a text point cloud into <see cref="SinglePrecisionPointCloud"/>, half the memory, when only Vietoris–Rips
    /// intervals are needed, since their distances are 32-bit floats anyway; otherwise into <see cref="PointCloud"/>.
    /// </param>
    /// <exception cref="InputFormatException">The content does not follow the format, or a text format was requested for a seekable stream that holds a .npy file.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static RipsInput Read(RipsInputFormat format, Stream stream, string source, bool singlePrecisionPoints = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        if (format == RipsInputFormat.Npy)
            return From(NpyFile.ReadPointCloud(stream, source));

        if (StartsWithNpyMagic(stream))
            throw new InputFormatException(source, null, $"the input is a NumPy .npy file, not text in the {RipsInputFormatNames.Name(format)} format; read it with the npy format.");

        long? candidateRows = format == RipsInputFormat.PointCloud ? TextRowCounter.CountCandidateRows(stream) : null;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return format switch
        {
            RipsInputFormat.PointCloud => singlePrecisionPoints
                ? From(PointCloudReader.ReadSinglePrecision(reader, source, candidateRows))
                : From(PointCloudReader.Read(reader, source, candidateRows, singleRangeOnly: true)),
            RipsInputFormat.LowerDistance => From(LowerDistanceMatrixReader.Read(reader, source)),
            RipsInputFormat.UpperDistance => From(UpperDistanceMatrixReader.Read(reader, source)),
            RipsInputFormat.Distance => From(DistanceMatrixReader.Read(reader, source)),
            RipsInputFormat.Sparse => From(SparseDistanceMatrixReader.Read(reader, source)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined input format."),
        };
    }

    // Only a seekable stream can be rewound after the check, so standard input is read as text unchecked.
    private static bool StartsWithNpyMagic(Stream stream)
    {
        if (!stream.CanSeek)
            return false;

        long start = stream.Position;
        Span<byte> prefix = stackalloc byte[NpyFile.MagicLength];
        int read = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return NpyFile.StartsWithMagic(prefix[..read]);
    }
}
