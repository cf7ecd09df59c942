using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuronTopology.Numerics;

/// <summary>
/// Portable micro-kernel on <see cref="Vector{T}"/>: a 4 × (2 · Vector&lt;T&gt;.Count) tile, for hardware
/// without AVX2 + FMA (for example Arm64 with 128-bit AdvSimd).
/// </summary>
/// <remarks>
/// Eight accumulators leave room in a 16-register file. <see cref="Vector.FusedMultiplyAdd(Vector{float}, Vector{float}, Vector{float})"/>
/// rounds once even where the hardware has no FMA (the runtime then emulates it, slowly), which keeps
/// the results identical to the other kernels.
/// </remarks>
internal readonly unsafe struct MicroKernelVector<T> : IGemmMicroKernel<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public static int Rows => 4;

    public static int Columns => 2 * Vector<T>.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(int depth, T* packedA, T* packedB, T* c, nint rowStride, bool loadC)
    {
        int width = Vector<T>.Count;
        T* c0 = c, c1 = c0 + rowStride, c2 = c1 + rowStride, c3 = c2 + rowStride;

        Vector<T> r0a = default, r0b = default, r1a = default, r1b = default;
        Vector<T> r2a = default, r2b = default, r3a = default, r3b = default;
        if (loadC)
        {
            r0a = Vector.Load(c0); r0b = Vector.Load(c0 + width);
            r1a = Vector.Load(c1); r1b = Vector.Load(c1 + width);
            r2a = Vector.Load(c2); r2b = Vector.Load(c2 + width);
            r3a = Vector.Load(c3); r3b = Vector.Load(c3 + width);
        }

        T* a = packedA;
        T* b = packedB;
        for (int p = 0; p < depth; p++)
        {
            Vector<T> ba = Vector.Load(b);
            Vector<T> bb = Vector.Load(b + width);
            Vector<T> x;
            x = new Vector<T>(a[0]); r0a = FusedMultiplyAdd.Apply(x, ba, r0a); r0b = FusedMultiplyAdd.Apply(x, bb, r0b);
            x = new Vector<T>(a[1]); r1a = FusedMultiplyAdd.Apply(x, ba, r1a); r1b = FusedMultiplyAdd.Apply(x, bb, r1b);
            x = new Vector<T>(a[2]); r2a = FusedMultiplyAdd.Apply(x, ba, r2a); r2b = FusedMultiplyAdd.Apply(x, bb, r2b);
            x = new Vector<T>(a[3]); r3a = FusedMultiplyAdd.Apply(x, ba, r3a); r3b = FusedMultiplyAdd.Apply(x, bb, r3b);
            a += 4;
            b += 2 * width;
        }

        r0a.Store(c0); r0b.Store(c0 + width);
        r1a.Store(c1); r1b.Store(c1 + width);
        r2a.Store(c2); r2b.Store(c2 + width);
        r3a.Store(c3); r3b.Store(c3 + width);
    }
}
