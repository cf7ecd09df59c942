using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// Copies micro-panels of op(A) and op(B) into the contiguous layouts the micro-kernels stream
/// (see <see cref="IGemmMicroKernel{T}"/>), padding the missing rows or columns of edge panels with zeros.
/// </summary>
/// <remarks>
/// Packing turns every transpose mode into the same unit-stride access in the kernel, which is how
/// Aᵀ·B and A·Bᵀ run at the speed of A·B without materializing a transpose. The zero padding never
/// reaches a stored element of C: padded rows of A only feed padded rows of the tile, padded columns of B
/// only padded columns, and the driver discards both.
/// </remarks>
internal static unsafe class GemmPacking
{
    /// <summary>
    /// Packs op(A)(rowStart + r, depthStart + p) for r &lt; <paramref name="rows"/>, p &lt; <paramref name="depth"/>
    /// into <paramref name="destination"/>[p · tileRows + r], with zeros for r in [rows, tileRows).
    /// </summary>
    public static void PackA<T>(in GemmOperand<T> a, int rowStart, int rows, int depthStart, int depth, int tileRows, T* destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (rows < tileRows)
            new Span<T>(destination, depth * tileRows).Clear();

        if (a.Transposed)
        {
            // Stored as A: the tileRows values for one p are contiguous in the source.
            for (int p = 0; p < depth; p++)
                new ReadOnlySpan<T>(a.At(rowStart, depthStart + p), rows).CopyTo(new Span<T>(destination + p * tileRows, rows));
            return;
        }

        // Stored as op(A): transpose 8 × 8 float blocks in registers where the panel allows it, then
        // scatter what is left (a narrower panel, double, the last depth % 8 columns) element by element.
        int done = 0;
        if (typeof(T) == typeof(float) && BlockTranspose.IsSupported && rows == tileRows && tileRows % 8 == 0)
        {
            for (; done + 8 <= depth; done += 8)
            {
                for (int r = 0; r < rows; r += 8)
                    BlockTranspose.Transpose8x8((float*)a.At(rowStart + r, depthStart + done), a.LeadingDimension, (float*)(destination + done * tileRows + r), tileRows);
            }
        }

        for (int r = 0; r < rows; r++)
        {
            T* source = a.At(rowStart + r, depthStart);
            T* target = destination + r;
            for (int p = done; p < depth; p++)
                target[p * tileRows] = source[p];
        }
    }

    /// <summary>
    /// Packs op(B)(depthStart + p, columnStart + j) for j &lt; <paramref name="columns"/>, p &lt; <paramref name="depth"/>
    /// into <paramref name="destination"/>[p · tileColumns + j], with zeros for j in [columns, tileColumns).
    /// </summary>
    public static void PackB<T>(in GemmOperand<T> b, int depthStart, int depth, int columnStart, int columns, int tileColumns, T* destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (columns < tileColumns)
            new Span<T>(destination, depth * tileColumns).Clear();

        if (!b.Transposed)
        {
            // Stored as op(B): the columns for one p are contiguous in the source.
            for (int p = 0; p < depth; p++)
                new ReadOnlySpan<T>(b.At(depthStart + p, columnStart), columns).CopyTo(new Span<T>(destination + p * tileColumns, columns));
            return;
        }

        // Stored as Bᵀ: each column j of op(B) is a contiguous source row. Transpose 8 × 8 float blocks in
        // registers where the panel allows it, and scatter the rest with stride tileColumns.
        int done = 0;
        if (typeof(T) == typeof(float) && BlockTranspose.IsSupported && columns == tileColumns && tileColumns % 8 == 0)
        {
            for (; done + 8 <= depth; done += 8)
            {
                for (int j = 0; j < columns; j += 8)
                    BlockTranspose.Transpose8x8((float*)b.At(depthStart + done, columnStart + j), b.LeadingDimension, (float*)(destination + done * tileColumns + j), tileColumns);
            }
        }

        for (int j = 0; j < columns; j++)
        {
            T* source = b.At(depthStart, columnStart + j);
            T* target = destination + j;
            for (int p = done; p < depth; p++)
                target[p * tileColumns] = source[p];
        }
    }
}
