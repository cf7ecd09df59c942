using System.Globalization;
using System.Text;

namespace NeuronTopology.Experiments;

/// <summary>
/// The <c>metrics.csv</c> table of a run: a header line, then one line per <see cref="MetricsRow"/>.
/// Values not measured at a step are empty cells; numbers use the invariant culture and round-trip ("R").
/// </summary>
public static class MetricsCsv
{
    /// <summary>Column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "step", "epoch", "learning_rate",
        "train_loss", "train_accuracy", "test_loss", "test_accuracy",
        "b0", "b1", "b2", "persistent_features", "topology_points", "covering_radius",
        "sharpness", "critical_learning_rate", "eta_k", "lower_bound",
        "l_minus", "l_plus",
        "l_minus_from_start", "l_plus_from_start", "distortion_from_start",
        "distinct_neurons", "verdict",
    ];

    /// <summary>Formats the table.</summary>
    public static string Format(IEnumerable<MetricsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', Columns).Append('\n');
        foreach (MetricsRow row in rows)
        {
            string?[] cells =
            [
                row.Step.ToString(CultureInfo.InvariantCulture),
                row.Epoch.ToString(CultureInfo.InvariantCulture),
                Number(row.LearningRate),
                Number(row.TrainLoss), Number(row.TrainAccuracy), Number(row.TestLoss), Number(row.TestAccuracy),
                Count(row.Betti, 0), Count(row.Betti, 1), Count(row.Betti, 2), Integer(row.PersistentFeatures),
                Integer(row.TopologyPoints), Number(row.CoveringRadius),
                Number(row.Sharpness), Number(row.CriticalLearningRate), Number(row.EtaK), Number(row.LowerBound),
                Number(row.LowerLipschitz), Number(row.UpperLipschitz),
                Number(row.LowerLipschitzFromStart), Number(row.UpperLipschitzFromStart), Number(row.DistortionFromStart),
                Integer(row.DistinctNeurons), row.Verdict,
            ];
            text.AppendJoin(',', cells).Append('\n');
        }
        return text.ToString();
    }

    private static string Number(double? value) => value switch
    {
        null => "",
        double v when double.IsPositiveInfinity(v) => "inf",
        double v when double.IsNegativeInfinity(v) => "-inf",
        double v when double.IsNaN(v) => "nan",
        double v => v.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Count(int[]? betti, int dimension)
        => betti is not null && dimension < betti.Length ? betti[dimension].ToString(CultureInfo.InvariantCulture) : "";
}
