using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NeuronTopology.Geometry;

/// <summary>
/// Blocks of inner products between rows of a <see cref="PackedCloud"/>, and exact squared distances.
/// </summary>
/// <remarks>
/// Every inner product is accumulated in four lanes over the coordinates in order and the lanes are
/// summed in a fixed order, so an entry does not depend on the block it was computed in or on the
/// thread. Its rounding error is at most γ_m·‖a‖‖b‖ with m = stride/4 + 2 and γ_m = m·u/(1 − m·u),
/// u = 2⁻⁵³ (the standard bound for a summation of m terms).
/// </remarks>
internal static class GramKernel
{
    /// <summary>
    /// Fills <paramref name="gram"/> (row-major with row length <paramref name="gramStride"/>) with the
    /// inner products of rows <paramref name="rowStart"/>… and rows <paramref name="columnStart"/>…;
    /// both counts must be multiples of <see cref="PackedCloud.RowBlock"/>.
    /// </summary>
    public static void Fill(PackedCloud cloud, int rowStart, int rowCount, int columnStart, int columnCount, Span<double> gram, int gramStride)
    {
        int stride = cloud.Stride;
        ReadOnlySpan<double> rows = cloud.Rows;

        // The slice checks once that every row the block kernel reads lies inside the buffer.
        _ = rows.Slice(rowStart * stride, rowCount * stride);
        _ = rows.Slice(columnStart * stride, columnCount * stride);
        for (int b = 0; b < columnCount; b += 4)
        {
            for (int a = 0; a < rowCount; a += 4)
                Block4x4(rows, stride, (rowStart + a) * stride, (columnStart + b) * stride, gram.Slice(a * gramStride + b), gramStride);
        }
    }

    /// <summary>Inner product of two padded rows with the same lane order as <see cref="Fill"/>.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var sum = Vector256<double>.Zero;
        for (int k = 0; k < x.Length; k += 4)
            sum = Vector256.FusedMultiplyAdd(Vector256.Create(x.Slice(k, 4)), Vector256.Create(y.Slice(k, 4)), sum);
        return Reduce(sum);
    }

    /// <summary>
    /// Exact squared Euclidean distance by direct differences in float64: relative error at most
    /// about (d/4 + 2)·u, with no cancellation, whatever the norms.
    /// </summary>
    public static double SquaredDistance(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int k = 0;
        var sum = Vector256<double>.Zero;
        for (; k + 4 <= x.Length; k += 4)
        {
            Vector256<double> difference = Vector256.Create(x.Slice(k, 4)) - Vector256.Create(y.Slice(k, 4));
            sum = Vector256.FusedMultiplyAdd(difference, difference, sum);
        }
        double total = Reduce(sum);
        for (; k < x.Length; k++)
        {
            double difference = x[k] - y[k];
            total = Math.FusedMultiplyAdd(difference, difference, total);
        }
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Reduce(Vector256<double> lanes) =>
        (lanes.GetElement(0) + lanes.GetElement(1)) + (lanes.GetElement(2) + lanes.GetElement(3));

    private static void Block4x4(ReadOnlySpan<double> rows, int stride, int rowOffset, int columnOffset, Span<double> output, int outputStride)
    {
        // Sixteen accumulators and eight loads fit the 32 vector registers of AVX-512 machines; on
        // AVX2 some spill, which costs speed, not accuracy.
        Vector256<double> s00 = default, s01 = default, s02 = default, s03 = default;
        Vector256<double> s10 = default, s11 = default, s12 = default, s13 = default;
        Vector256<double> s20 = default, s21 = default, s22 = default, s23 = default;
        Vector256<double> s30 = default, s31 = default, s32 = default, s33 = default;
        ref double p0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), rowOffset);
        ref double p1 = ref Unsafe.Add(ref p0, stride);
        ref double p2 = ref Unsafe.Add(ref p1, stride);
        ref double p3 = ref Unsafe.Add(ref p2, stride);
        ref double q0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(rows), columnOffset);
        ref double q1 = ref Unsafe.Add(ref q0, stride);
        ref double q2 = ref Unsafe.Add(ref q1, stride);
        ref double q3 = ref Unsafe.Add(ref q2, stride);

        for (nuint k = 0; k < (nuint)stride; k += 4)
        {
            Vector256<double> y0 = Vector256.LoadUnsafe(ref q0, k);
            Vector256<double> y1 = Vector256.LoadUnsafe(ref q1, k);
            Vector256<double> y2 = Vector256.LoadUnsafe(ref q2, k);
            Vector256<double> y3 = Vector256.LoadUnsafe(ref q3, k);
            Vector256<double> x = Vector256.LoadUnsafe(ref p0, k);
            s00 = Vector256.FusedMultiplyAdd(x, y0, s00);
            s01 = Vector256.FusedMultiplyAdd(x, y1, s01);
            s02 = Vector256.FusedMultiplyAdd(x, y2, s02);
            s03 = Vector256.FusedMultiplyAdd(x, y3, s03);
            x = Vector256.LoadUnsafe(ref p1, k);
            s10 = Vector256.FusedMultiplyAdd(x, y0, s10);
            s11 = Vector256.FusedMultiplyAdd(x, y1, s11);
            s12 = Vector256.FusedMultiplyAdd(x, y2, s12);
            s13 = Vector256.FusedMultiplyAdd(x, y3, s13);
            x = Vector256.LoadUnsafe(ref p2, k);
            s20 = Vector256.FusedMultiplyAdd(x, y0, s20);
            s21 = Vector256.FusedMultiplyAdd(x, y1, s21);
            s22 = Vector256.FusedMultiplyAdd(x, y2, s22);
            s23 = Vector256.FusedMultiplyAdd(x, y3, s23);
            x = Vector256.LoadUnsafe(ref p3, k);
            s30 = Vector256.FusedMultiplyAdd(x, y0, s30);
            s31 = Vector256.FusedMultiplyAdd(x, y1, s31);
            s32 = Vector256.FusedMultiplyAdd(x, y2, s32);
            s33 = Vector256.FusedMultiplyAdd(x, y3, s33);
        }

        StoreRow(output, 0, s00, s01, s02, s03);
        StoreRow(output, outputStride, s10, s11, s12, s13);
        StoreRow(output, 2 * outputStride, s20, s21, s22, s23);
        StoreRow(output, 3 * outputStride, s30, s31, s32, s33);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow(Span<double> output, int offset, Vector256<double> s0, Vector256<double> s1, Vector256<double> s2, Vector256<double> s3)
    {
        output[offset] = Reduce(s0);
        output[offset + 1] = Reduce(s1);
        output[offset + 2] = Reduce(s2);
        output[offset + 3] = Reduce(s3);
    }
}
