using System.Runtime.InteropServices;

namespace NeuronTopology.Homology.Engine;

/// <summary>
/// A simplex (index in the combinatorial number system, diameter) with a coefficient in Z/p:
/// one entry of a coboundary or reduction column. Index −1 means "none".
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct DiameterEntry(long Index, float Diameter, int Coefficient)
{
    public static readonly DiameterEntry None = new(-1, float.NaN, 0);

    public bool IsNone => Index < 0;

    public DiameterIndex Simplex => new(Index, Diameter);

    /// <summary>
    /// True when this entry comes first in the order of working columns: smaller diameter, then larger index,
    /// which is the reverse filtration order that cohomology reduces in.
    /// </summary>
    public bool Precedes(in DiameterEntry other)
        => Diameter < other.Diameter || (Diameter == other.Diameter && Index > other.Index);
}

/// <summary>A simplex without coefficient: its index and diameter.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct DiameterIndex(long Index, float Diameter) : IComparable<DiameterIndex>
{
    /// <summary>
    /// Orders columns for reduction: larger diameter first, then smaller index (reverse filtration order,
    /// where the filtration sorts by diameter and breaks ties by larger index first).
    /// </summary>
    public int CompareTo(DiameterIndex other)
    {
        if (Diameter != other.Diameter)
            return Diameter > other.Diameter ? -1 : 1;
        return Index.CompareTo(other.Index);
    }

    public DiameterEntry WithCoefficient(int coefficient) => new(Index, Diameter, coefficient);
}
