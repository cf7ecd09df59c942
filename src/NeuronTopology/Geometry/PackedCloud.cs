using System.Runtime.Intrinsics;

namespace NeuronTopology.Geometry;

/// <summary>
/// A copy of a cloud laid out for the Gram kernel: centred on its centroid, rows padded with zeros
/// to a multiple of <see cref="RowBlock"/> and each row to a multiple of four coordinates, with the
/// squared norm of every row.
/// </summary>
/// <remarks>
/// Centring changes no distance but shrinks the norms that the Gram identity
/// ‖a − b‖² = ‖a‖² + ‖b‖² − 2a·b subtracts, and so the cancellation error.
/// </remarks>
internal sealed class PackedCloud
{
    /// <summary>Rows are padded to a multiple of this, the row count of the micro-kernel's widest side.</summary>
    public const int RowBlock = 4;

    public PackedCloud(PointCloud cloud)
    {
        Count = cloud.Count;
        Dimension = cloud.Dimension;
        Stride = (Dimension + Vector256<double>.Count - 1) / Vector256<double>.Count * Vector256<double>.Count;
        PaddedCount = (Count + RowBlock - 1) / RowBlock * RowBlock;
        Rows = new double[(long)PaddedCount * Stride];
        SquaredNorms = new double[PaddedCount];

        var centroid = new double[Dimension];
        for (int i = 0; i < Count; i++)
        {
            ReadOnlySpan<double> row = cloud[i];
            for (int k = 0; k < Dimension; k++)
                centroid[k] += row[k];
        }
        for (int k = 0; k < Dimension; k++)
            centroid[k] /= Math.Max(Count, 1);

        for (int i = 0; i < Count; i++)
        {
            ReadOnlySpan<double> row = cloud[i];
            Span<double> target = Rows.AsSpan(i * Stride, Dimension);
            for (int k = 0; k < Dimension; k++)
                target[k] = row[k] - centroid[k];
            SquaredNorms[i] = GramKernel.Dot(Rows.AsSpan(i * Stride, Stride), Rows.AsSpan(i * Stride, Stride));
        }
    }

    /// <summary>Number of real rows.</summary>
    public int Count { get; }

    /// <summary>Number of real coordinates per row.</summary>
    public int Dimension { get; }

    /// <summary>Row length in the buffer: the dimension rounded up to a multiple of four.</summary>
    public int Stride { get; }

    /// <summary>Row count rounded up to a multiple of <see cref="RowBlock"/>.</summary>
    public int PaddedCount { get; }

    /// <summary>Centred coordinates, <see cref="PaddedCount"/> × <see cref="Stride"/>, zero padded.</summary>
    public double[] Rows { get; }

    /// <summary>‖row i‖² of the centred rows, computed by the same kernel as the Gram entries.</summary>
    public double[] SquaredNorms { get; }
}
