namespace NeuronTopology.IO;

/// <summary>The command-line names of <see cref="RipsInputFormat"/> values, as Ripser spells them.</summary>
public static class RipsInputFormatNames
{
    private static readonly (string Name, RipsInputFormat Format)[] Table =
    [
        ("point-cloud", RipsInputFormat.PointCloud),
        ("lower-distance", RipsInputFormat.LowerDistance),
        ("upper-distance", RipsInputFormat.UpperDistance),
        ("distance", RipsInputFormat.Distance),
        ("sparse", RipsInputFormat.Sparse),
        ("npy", RipsInputFormat.Npy),
    ];

    /// <summary>All names, in the order help text lists them.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(entry => entry.Name).ToArray();

    /// <summary>Finds the format named <paramref name="name"/> (case-insensitive); false when there is none.</summary>
    public static bool TryParse(string name, out RipsInputFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                format = entry.Format;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>The name of <paramref name="format"/>, such as "point-cloud".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Name(RipsInputFormat format)
    {
        foreach (var entry in Table)
        {
            if (entry.Format == format)
                return entry.Name;
        }
        throw new ArgumentOutOfRangeException(nameof(format), format, "Not a defined input format.");
    }
}
