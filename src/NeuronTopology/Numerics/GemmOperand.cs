using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuronTopology.Numerics;

/// <summary>
/// A row-major matrix seen through op = identity or transpose, addressed by pointer so that the
/// packing routines can read it without bounds checks. Valid only while the caller keeps the storage pinned.
/// </summary>
internal readonly unsafe struct GemmOperand<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public GemmOperand(T* data, nint leadingDimension, bool transposed)
    {
        Data = data;
        LeadingDimension = leadingDimension;
        Transposed = transposed;
    }

    /// <summary>Element (0, 0) of the stored matrix.</summary>
    public T* Data { get; }

    /// <summary>Distance in elements between consecutive stored rows.</summary>
    public nint LeadingDimension { get; }

    /// <summary>Whether op is the transpose: op(X)(r, s) = X(s, r).</summary>
    public bool Transposed { get; }

    /// <summary>Returns the address of op(X)(row, column).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T* At(int row, int column) =>
        Transposed ? Data + column * LeadingDimension + row : Data + row * LeadingDimension + column;
}
