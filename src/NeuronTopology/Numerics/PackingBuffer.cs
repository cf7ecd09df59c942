using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuronTopology.Numerics;

/// <summary>
/// Per-thread, 64-byte-aligned scratch memory for packed panels, kept between GEMM calls so that a
/// training loop does not allocate on every product.
/// </summary>
/// <remarks>
/// The arrays live on the pinned object heap, so the aligned pointers stay valid without a <c>fixed</c>
/// block and the garbage collector reclaims them when their thread ends. Each thread has one buffer for
/// A blocks, one for B panels and one for the Cᵀ of narrow products. A pointer stays valid until the same
/// thread requests a larger buffer of that kind.
/// </remarks>
internal static unsafe class PackingBuffer<T> where T : unmanaged
{
    private const int Alignment = 64;

    [ThreadStatic]
    private static T[]? panelA;

    [ThreadStatic]
    private static T[]? panelB;

    [ThreadStatic]
    private static T[]? transposedC;

    /// <summary>Returns an aligned buffer of at least <paramref name="length"/> elements for an A micro-panel.</summary>
    public static T* ForA(int length) => Rent(ref panelA, length);

    /// <summary>Returns an aligned buffer of at least <paramref name="length"/> elements for a B panel.</summary>
    public static T* ForB(int length) => Rent(ref panelB, length);

    /// <summary>Returns an aligned buffer of at least <paramref name="length"/> elements for Cᵀ of a narrow product.</summary>
    public static T* ForTransposedC(int length) => Rent(ref transposedC, length);

    private static T* Rent(ref T[]? array, int length)
    {
        int padding = Alignment / sizeof(T);
        if (array is null || array.Length < length + padding)
            array = GC.AllocateUninitializedArray<T>(length + padding, pinned: true);

        nint address = (nint)Unsafe.AsPointer(ref array[0]);
        nint aligned = (address + (Alignment - 1)) & ~(nint)(Alignment - 1);
        return (T*)aligned;
    }
}
