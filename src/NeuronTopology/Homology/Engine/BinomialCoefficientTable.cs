using System.Numerics;
using System.Runtime.CompilerServices;

namespace NeuronTopology.Homology.Engine;

/// <summary>
/// Binomial coefficients C(v, k) for v ≤ n and k ≤ K, the basis of the combinatorial number system:
/// a simplex with vertices v₀ &lt; v₁ &lt; … &lt; v_d has index Σ C(v_i, i + 1).
/// </summary>
internal sealed class BinomialCoefficientTable
{
    private readonly long[] _values;
    private readonly int _rowLength;

    /// <exception cref="SimplexIndexOverflowException">Some C(v, k) with v ≤ n, k ≤ K exceeds <see cref="long.MaxValue"/>.</exception>
    public BinomialCoefficientTable(int n, int maxK)
    {
        ThrowIfIndexOverflows(n, maxK);
        _rowLength = n + 1;
        MaxK = maxK;
        _values = new long[(maxK + 1) * _rowLength];
        for (int v = 0; v <= n; v++)
            _values[v] = 1;
        for (int k = 1; k <= maxK; k++)
        {
            for (int v = k; v <= n; v++)
            {
                long sum = _values[(k - 1) * _rowLength + v - 1] + _values[k * _rowLength + v - 1];
                if (sum < 0)
                    throw new SimplexIndexOverflowException(n, k - 1, Exact(n, k));
                _values[k * _rowLength + v] = sum;
            }
        }
    }

    /// <summary>Largest k in the table.</summary>
    public int MaxK { get; }

    /// <summary>C(v, k); zero when k &gt; v.</summary>
    public long this[int v, int k]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _values[k * _rowLength + v];
    }

    /// <summary>Returns the largest vertex v ≤ <paramref name="upper"/> with C(v, k) ≤ <paramref name="index"/>.</summary>
    public int MaxVertex(long index, int k, int upper)
    {
        int low = k - 1;
        int high = upper;
        int offset = k * _rowLength;
        while (low < high)
        {
            int middle = high - ((high - low) >> 1);
            if (_values[offset + middle] <= index)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }

    /// <summary>Writes the vertices of the simplex with <paramref name="index"/> and dimension vertices.Length − 1 in ascending order.</summary>
    public void Vertices(long index, int upper, Span<int> vertices)
    {
        for (int k = vertices.Length; k >= 1; k--)
        {
            int vertex = MaxVertex(index, k, upper);
            vertices[k - 1] = vertex;
            index -= this[vertex, k];
            upper = vertex - 1;
        }
    }

    /// <summary>Returns the index of the simplex with ascending <paramref name="vertices"/>.</summary>
    public long Index(ReadOnlySpan<int> vertices)
    {
        long index = 0;
        for (int i = 0; i < vertices.Length; i++)
            index += this[vertices[i], i + 1];
        return index;
    }

    /// <summary>
    /// Throws when C(n, maxK) exceeds <see cref="long.MaxValue"/>, before the table is allocated: for huge n (a sparse
    /// input with a vertex index near 2³¹) the table itself would not fit, and its size would overflow first.
    /// </summary>
    /// <exception cref="SimplexIndexOverflowException">C(n, maxK) exceeds <see cref="long.MaxValue"/>.</exception>
    public static void ThrowIfIndexOverflows(int n, int maxK)
    {
        BigInteger count = Exact(n, maxK);
        if (count > long.MaxValue)
            throw new SimplexIndexOverflowException(n, maxK - 1, count);
    }

    private static BigInteger Exact(int n, int k)
    {
        BigInteger result = BigInteger.One;
        for (int i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return result;
    }
}
