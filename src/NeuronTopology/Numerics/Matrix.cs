using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>A dense row-major matrix of <typeparamref name="T"/> (float or double).</summary>
public sealed class Matrix<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates a zero matrix.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    public Matrix(int rows, int columns)
        : this(rows, columns, new T[checked(rows * columns)])
    {
    }

    /// <summary>Wraps <paramref name="data"/> (row-major) without copying.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative or the array length is not rows × columns.</exception>
    public Matrix(int rows, int columns, T[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (data.Length != (long)rows * columns)
            throw new ArgumentOutOfRangeException(nameof(data), data.Length, $"Expected {rows} × {columns} = {(long)rows * columns} elements.");
        Rows = rows;
        Columns = columns;
        Data = data;
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Row-major storage, <see cref="Rows"/> × <see cref="Columns"/>.</summary>
    public T[] Data { get; }

    /// <summary>Element (i, j).</summary>
    public ref T this[int i, int j] => ref Data[i * Columns + j];

    /// <summary>Row <paramref name="i"/>.</summary>
    public Span<T> Row(int i) => Data.AsSpan(i * Columns, Columns);

    /// <summary>Returns a deep copy.</summary>
    public Matrix<T> Clone() => new(Rows, Columns, (T[])Data.Clone());
}
