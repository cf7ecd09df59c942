using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// A dense row-major matrix view over part of an array: element (i, j) is
/// <c>Array[Offset + i * Columns + j]</c>. Lets one flat parameter vector hold every layer's weights.
/// </summary>
public readonly struct MatrixSegment<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates a view of <paramref name="rows"/> × <paramref name="columns"/> elements starting at <paramref name="offset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size or the offset is negative, or the view runs past the end of the array.</exception>
    public MatrixSegment(T[] array, int offset, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)offset + (long)rows * columns, array.Length, nameof(rows));
        Array = array;
        Offset = offset;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Underlying storage.</summary>
    public T[] Array { get; }

    /// <summary>Index of element (0, 0) in <see cref="Array"/>.</summary>
    public int Offset { get; }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Number of elements, rows × columns.</summary>
    public int Length => Rows * Columns;

    /// <summary>Element (i, j).</summary>
    public ref T this[int i, int j] => ref Array[Offset + i * Columns + j];

    /// <summary>All elements, row-major.</summary>
    public Span<T> AsSpan() => Array.AsSpan(Offset, Rows * Columns);

    /// <summary>Row <paramref name="i"/>.</summary>
    public Span<T> Row(int i) => Array.AsSpan(Offset + i * Columns, Columns);

    /// <summary>Views a whole matrix.</summary>
    public static implicit operator MatrixSegment<T>(Matrix<T> matrix) => new(matrix.Data, 0, matrix.Rows, matrix.Columns);
}
