namespace NeuronTopology.Cli.Commands;

/// <summary>Checks of <c>--no-topology</c> and <c>--topology-points</c>, shared by <c>ntopo run</c> and <c>ntopo sweep</c>.</summary>
internal static class TopologyOptionValues
{
    /// <summary>Help text of <c>--no-topology</c>.</summary>
    public const string NoTopologyDescription = "Skip the Vietoris-Rips measurement: the Betti columns stay empty. Recorded in spec.json as record.topology = false.";

    /// <summary>Help text of <c>--topology-points</c>.</summary>
    public const string PointsDescription =
        "Measure the Betti numbers on at most N neurons, chosen as maxmin landmarks of the cloud, at 0.25 × the whole cloud's diameter; 0 means all. "
        + "Recorded in spec.json as record.topologyPoints.";

    /// <summary>Returns an error for an invalid or conflicting value, or null when the options are valid (or absent).</summary>
    public static string? Check(bool noTopology, string? pointsText)
    {
        if (noTopology && pointsText is not null)
            return "--no-topology and --topology-points cannot be combined; give one of them.";
        string expected = "0 (all neurons) or an integer of at least 2";
        string? invalid = OptionValues.CheckInteger("--topology-points", pointsText, 0, expected);
        if (invalid is null && OptionValues.Integer(pointsText) == 1)
            invalid = OptionValues.Invalid("--topology-points", pointsText!, expected);
        return invalid;
    }

    /// <summary>The record.topology override: false for --no-topology, true for --topology-points, null when neither is given.</summary>
    public static bool? Topology(bool noTopology, string? pointsText)
    {
        if (noTopology)
            return false;
        return pointsText is null ? null : true;
    }
}
