using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NeuronTopology.Numerics;

/// <summary>
/// In-register transpose of 8 × 8 float blocks with AVX, used by the packing routines where a panel must
/// be turned from rows into columns (op(A) stored as A, op(B) stored as Bᵀ).
/// </summary>
/// <remarks>
/// Scalar packing of those panels writes one element per store and dominated narrow products such as
/// 1024 × 1024 × 10, where each packed element feeds only ten multiply-adds. The shuffles only move bits,
/// so the packed values, and hence the products, are the same as with scalar packing.
/// </remarks>
internal static unsafe class BlockTranspose
{
    /// <summary>Whether <see cref="Transpose8x8"/> can run on this processor.</summary>
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>
    /// Writes destination[q · destinationStride + r] = source[r · sourceStride + q] for r, q in [0, 8).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose8x8(float* source, nint sourceStride, float* destination, nint destinationStride)
    {
        Vector256<float> r0 = Avx.LoadVector256(source);
        Vector256<float> r1 = Avx.LoadVector256(source + sourceStride);
        Vector256<float> r2 = Avx.LoadVector256(source + 2 * sourceStride);
        Vector256<float> r3 = Avx.LoadVector256(source + 3 * sourceStride);
        Vector256<float> r4 = Avx.LoadVector256(source + 4 * sourceStride);
        Vector256<float> r5 = Avx.LoadVector256(source + 5 * sourceStride);
        Vector256<float> r6 = Avx.LoadVector256(source + 6 * sourceStride);
        Vector256<float> r7 = Avx.LoadVector256(source + 7 * sourceStride);

        // Interleave pairs of rows, then pairs of pairs within each 128-bit lane, then swap the lanes.
        Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1);
        Vector256<float> t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5);
        Vector256<float> t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);

        Vector256<float> s0 = Avx.Shuffle(t0, t2, 0x44), s1 = Avx.Shuffle(t0, t2, 0xEE);
        Vector256<float> s2 = Avx.Shuffle(t1, t3, 0x44), s3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> s4 = Avx.Shuffle(t4, t6, 0x44), s5 = Avx.Shuffle(t4, t6, 0xEE);
        Vector256<float> s6 = Avx.Shuffle(t5, t7, 0x44), s7 = Avx.Shuffle(t5, t7, 0xEE);

        Avx.Store(destination, Avx.Permute2x128(s0, s4, 0x20));
        Avx.Store(destination + destinationStride, Avx.Permute2x128(s1, s5, 0x20));
        Avx.Store(destination + 2 * destinationStride, Avx.Permute2x128(s2, s6, 0x20));
        Avx.Store(destination + 3 * destinationStride, Avx.Permute2x128(s3, s7, 0x20));
        Avx.Store(destination + 4 * destinationStride, Avx.Permute2x128(s0, s4, 0x31));
        Avx.Store(destination + 5 * destinationStride, Avx.Permute2x128(s1, s5, 0x31));
        Avx.Store(destination + 6 * destinationStride, Avx.Permute2x128(s2, s6, 0x31));
        Avx.Store(destination + 7 * destinationStride, Avx.Permute2x128(s3, s7, 0x31));
    }
}
