using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NeuronTopology.Numerics;

/// <summary>
/// AVX-512 micro-kernel: an 8 × (2 · Vector512&lt;T&gt;.Count) tile (8 × 32 floats or 8 × 16 doubles).
/// </summary>
/// <remarks>
/// Sixteen independent accumulator chains cover the four-cycle FMA latency on two FMA ports
/// (16 ≥ 2 ports × 4 cycles). With the two B vectors and one broadcast they use 19 of the 32 vector
/// registers, so nothing spills.
/// </remarks>
internal readonly unsafe struct MicroKernel512<T> : IGemmMicroKernel<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public static int Rows => 8;

    public static int Columns => 2 * Vector512<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, T* packedA, T* packedB, T* c, nint rowStride, bool loadC)
    {
        int width = Vector512<T>.Count;
        T* c0 = c, c1 = c0 + rowStride, c2 = c1 + rowStride, c3 = c2 + rowStride;
        T* c4 = c3 + rowStride, c5 = c4 + rowStride, c6 = c5 + rowStride, c7 = c6 + rowStride;

        Vector512<T> r0a = default, r0b = default, r1a = default, r1b = default;
        Vector512<T> r2a = default, r2b = default, r3a = default, r3b = default;
        Vector512<T> r4a = default, r4b = default, r5a = default, r5b = default;
        Vector512<T> r6a = default, r6b = default, r7a = default, r7b = default;
        if (loadC)
        {
            r0a = Vector512.Load(c0); r0b = Vector512.Load(c0 + width);
            r1a = Vector512.Load(c1); r1b = Vector512.Load(c1 + width);
            r2a = Vector512.Load(c2); r2b = Vector512.Load(c2 + width);
            r3a = Vector512.Load(c3); r3b = Vector512.Load(c3 + width);
            r4a = Vector512.Load(c4); r4b = Vector512.Load(c4 + width);
            r5a = Vector512.Load(c5); r5b = Vector512.Load(c5 + width);
            r6a = Vector512.Load(c6); r6b = Vector512.Load(c6 + width);
            r7a = Vector512.Load(c7); r7b = Vector512.Load(c7 + width);
        }

        T* a = packedA;
        T* b = packedB;
        for (int p = 0; p < depth; p++)
        {
            Vector512<T> ba = Vector512.Load(b);
            Vector512<T> bb = Vector512.Load(b + width);
            Vector512<T> x;
            x = Vector512.Create(a[0]); r0a = FusedMultiplyAdd.Apply(x, ba, r0a); r0b = FusedMultiplyAdd.Apply(x, bb, r0b);
            x = Vector512.Create(a[1]); r1a = FusedMultiplyAdd.Apply(x, ba, r1a); r1b = FusedMultiplyAdd.Apply(x, bb, r1b);
            x = Vector512.Create(a[2]); r2a = FusedMultiplyAdd.Apply(x, ba, r2a); r2b = FusedMultiplyAdd.Apply(x, bb, r2b);
            x = Vector512.Create(a[3]); r3a = FusedMultiplyAdd.Apply(x, ba, r3a); r3b = FusedMultiplyAdd.Apply(x, bb, r3b);
            x = Vector512.Create(a[4]); r4a = FusedMultiplyAdd.Apply(x, ba, r4a); r4b = FusedMultiplyAdd.Apply(x, bb, r4b);
            x = Vector512.Create(a[5]); r5a = FusedMultiplyAdd.Apply(x, ba, r5a); r5b = FusedMultiplyAdd.Apply(x, bb, r5b);
            x = Vector512.Create(a[6]); r6a = FusedMultiplyAdd.Apply(x, ba, r6a); r6b = FusedMultiplyAdd.Apply(x, bb, r6b);
            x = Vector512.Create(a[7]); r7a = FusedMultiplyAdd.Apply(x, ba, r7a); r7b = FusedMultiplyAdd.Apply(x, bb, r7b);
            a += 8;
            b += 2 * width;
        }

        r0a.Store(c0); r0b.Store(c0 + width);
        r1a.Store(c1); r1b.Store(c1 + width);
        r2a.Store(c2); r2b.Store(c2 + width);
        r3a.Store(c3); r3b.Store(c3 + width);
        r4a.Store(c4); r4b.Store(c4 + width);
        r5a.Store(c5); r5b.Store(c5 + width);
        r6a.Store(c6); r6b.Store(c6 + width);
        r7a.Store(c7); r7b.Store(c7 + width);
    }
}
