using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NeuronTopology.Numerics;

/// <summary>
/// AVX2 + FMA micro-kernel: a 6 × (2 · Vector256&lt;T&gt;.Count) tile (6 × 16 floats or 6 × 8 doubles).
/// </summary>
/// <remarks>
/// Twelve accumulators, two B vectors and one broadcast fill 15 of the 16 registers that AVX2 has,
/// the classic Haswell shape. Twelve independent chains keep two FMA ports busy when the FMA latency
/// is five cycles or less.
/// </remarks>
internal readonly unsafe struct MicroKernel256<T> : IGemmMicroKernel<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public static int Rows => 6;

    public static int Columns => 2 * Vector256<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, T* packedA, T* packedB, T* c, nint rowStride, bool loadC)
    {
        int width = Vector256<T>.Count;
        T* c0 = c, c1 = c0 + rowStride, c2 = c1 + rowStride;
        T* c3 = c2 + rowStride, c4 = c3 + rowStride, c5 = c4 + rowStride;

        Vector256<T> r0a = default, r0b = default, r1a = default, r1b = default;
        Vector256<T> r2a = default, r2b = default, r3a = default, r3b = default;
        Vector256<T> r4a = default, r4b = default, r5a = default, r5b = default;
        if (loadC)
        {
            r0a = Vector256.Load(c0); r0b = Vector256.Load(c0 + width);
            r1a = Vector256.Load(c1); r1b = Vector256.Load(c1 + width);
            r2a = Vector256.Load(c2); r2b = Vector256.Load(c2 + width);
            r3a = Vector256.Load(c3); r3b = Vector256.Load(c3 + width);
            r4a = Vector256.Load(c4); r4b = Vector256.Load(c4 + width);
            r5a = Vector256.Load(c5); r5b = Vector256.Load(c5 + width);
        }

        T* a = packedA;
        T* b = packedB;
        for (int p = 0; p < depth; p++)
        {
            Vector256<T> ba = Vector256.Load(b);
            Vector256<T> bb = Vector256.Load(b + width);
            Vector256<T> x;
            x = Vector256.Create(a[0]); r0a = FusedMultiplyAdd.Apply(x, ba, r0a); r0b = FusedMultiplyAdd.Apply(x, bb, r0b);
            x = Vector256.Create(a[1]); r1a = FusedMultiplyAdd.Apply(x, ba, r1a); r1b = FusedMultiplyAdd.Apply(x, bb, r1b);
            x = Vector256.Create(a[2]); r2a = FusedMultiplyAdd.Apply(x, ba, r2a); r2b = FusedMultiplyAdd.Apply(x, bb, r2b);
            x = Vector256.Create(a[3]); r3a = FusedMultiplyAdd.Apply(x, ba, r3a); r3b = FusedMultiplyAdd.Apply(x, bb, r3b);
            x = Vector256.Create(a[4]); r4a = FusedMultiplyAdd.Apply(x, ba, r4a); r4b = FusedMultiplyAdd.Apply(x, bb, r4b);
            x = Vector256.Create(a[5]); r5a = FusedMultiplyAdd.Apply(x, ba, r5a); r5b = FusedMultiplyAdd.Apply(x, bb, r5b);
            a += 6;
            b += 2 * width;
        }

        r0a.Store(c0); r0b.Store(c0 + width);
        r1a.Store(c1); r1b.Store(c1 + width);
        r2a.Store(c2); r2b.Store(c2 + width);
        r3a.Store(c3); r3b.Store(c3 + width);
        r4a.Store(c4); r4b.Store(c4 + width);
        r5a.Store(c5); r5b.Store(c5 + width);
    }
}
