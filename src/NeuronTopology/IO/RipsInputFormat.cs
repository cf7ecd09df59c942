namespace NeuronTopology.IO;

/// <summary>Input formats of a Vietoris–Rips computation: Ripser 1.2.1's text formats and NumPy's .npy.</summary>
public enum RipsInputFormat
{
    /// <summary>Full n × n distance matrix, one row a line (Ripser's <c>distance</c>, its default).</summary>
    Distance,

    /// <summary>Strict lower triangle in row order (Ripser's <c>lower-distance</c>).</summary>
    LowerDistance,

    /// <summary>Strict upper triangle in row order (Ripser's <c>upper-distance</c>).</summary>
    UpperDistance,

    /// <summary>Points in Euclidean space, one a line (Ripser's <c>point-cloud</c>).</summary>
    PointCloud,

    /// <summary>Edges <c>i j d</c>, one a line (Ripser's <c>sparse</c>).</summary>
    Sparse,

    /// <summary>A 2-D float32 or float64 NumPy array of points, one a row.</summary>
    Npy,
}
