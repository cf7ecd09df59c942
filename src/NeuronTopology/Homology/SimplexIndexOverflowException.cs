using System.Numerics;

namespace NeuronTopology.Homology;

/// <summary>
/// Thrown when simplex indices in the combinatorial number system would not fit in a 64-bit signed integer:
/// the (k + 1)-element subsets of n vertices are numbered 0..C(n, k + 1) − 1, and the engine needs
/// C(n, k + 2) ≤ 2⁶³ − 1 to index the cofacets of the top dimension k.
/// </summary>
public sealed class SimplexIndexOverflowException : Exception
{
    /// <summary>Creates the exception for <paramref name="vertexCount"/> vertices and simplices of <paramref name="simplexDimension"/>.</summary>
    public SimplexIndexOverflowException(int vertexCount, int simplexDimension, BigInteger simplexCount)
        : base($"Simplex indices overflow: {vertexCount} points have C({vertexCount}, {simplexDimension + 1}) = {simplexCount} " +
               $"possible {simplexDimension}-simplices, more than the largest 64-bit index {long.MaxValue}. " +
               "Lower the homology dimension or the number of points.")
    {
        VertexCount = vertexCount;
        SimplexDimension = simplexDimension;
        SimplexCount = simplexCount;
    }

    /// <summary>Number of vertices n.</summary>
    public int VertexCount { get; }

    /// <summary>Dimension of the simplices whose indices overflow.</summary>
    public int SimplexDimension { get; }

    /// <summary>Exact number C(n, dimension + 1) of such simplices.</summary>
    public BigInteger SimplexCount { get; }
}
