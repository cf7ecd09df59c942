namespace NeuronTopology.Training.Data;

/// <summary>Whether the first non-blank line of a CSV table is a header of column names.</summary>
public enum CsvHeaderMode
{
    /// <summary>The first line is a header when one of its fields is not a number.</summary>
    Detect,

    /// <summary>The first line is always a header.</summary>
    Present,

    /// <summary>Every line is data.</summary>
    Absent,
}
