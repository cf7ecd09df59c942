namespace NeuronTopology.Training.Data;

/// <summary>How <see cref="CsvDatasetReader"/> interprets a table: header, delimiter, which columns are targets and of what kind.</summary>
public sealed record CsvDatasetOptions
{
    /// <summary>Whether the first line is a header; <see cref="CsvHeaderMode.Detect"/> by default.</summary>
    public CsvHeaderMode Header { get; init; } = CsvHeaderMode.Detect;

    /// <summary>Field separator; a comma by default.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// 0-based indices of the target columns, negative ones counted from the end (−1 is the last column).
    /// Used when <see cref="TargetColumnNames"/> is null; when both are null the last column is the target.
    /// </summary>
    public IReadOnlyList<int>? TargetColumns { get; init; }

    /// <summary>Header names of the target columns; requires a header.</summary>
    public IReadOnlyList<string>? TargetColumnNames { get; init; }

    /// <summary>Whether the targets are real values or class labels; <see cref="TargetKind.Regression"/> by default.</summary>
    public TargetKind TargetKind { get; init; } = TargetKind.Regression;

    /// <summary>Number of classes for <see cref="TargetKind.ClassLabels"/>; null takes the largest label plus one.</summary>
    public int? ClassCount { get; init; }
}
