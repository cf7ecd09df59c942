using System.Text.Json.Serialization;

namespace NeuronTopology.Experiments;

/// <summary>The training and test data of an experiment.</summary>
/// <param name="Kind">teacher-1d, teacher-2d (random sigmoid teachers), mnist, fashion-mnist (IDX files) or csv.</param>
/// <param name="Samples">Teacher data: number of samples drawn before the split. Ignored for files.</param>
/// <param name="TrainFraction">Teacher and CSV data: share of the shuffled samples used for training; the rest is the test set.</param>
/// <param name="Path">IDX data: the directory with the four files (null: the default location); CSV data: the file.</param>
/// <param name="TargetColumns">CSV data: number of trailing columns that are regression targets.</param>
public sealed record DataSpec(string Kind, int Samples = 5000, double TrainFraction = 0.7, string? Path = null, int TargetColumns = 1)
{
    /// <summary>Data kinds the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["teacher-1d", "teacher-2d", "mnist", "fashion-mnist", "csv"];

    /// <summary>True for the image data sets read from IDX files.</summary>
    [JsonIgnore]
    public bool IsIdx => Kind is "mnist" or "fashion-mnist";
}
