using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// Training rows: an input matrix (one sample a row) with either a target matrix (regression, for mean squared
/// error) or one integer class label per row (classification, for cross-entropy).
/// </summary>
public sealed class SupervisedData<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private SupervisedData(Matrix<T> inputs, Matrix<T>? targets, int[]? labels)
    {
        Inputs = inputs;
        Targets = targets;
        Labels = labels;
    }

    /// <summary>Inputs, one sample a row.</summary>
    public Matrix<T> Inputs { get; }

    /// <summary>Regression targets, one row per sample, or null for labelled data.</summary>
    public Matrix<T>? Targets { get; }

    /// <summary>Class labels, one per sample, or null for regression data.</summary>
    public int[]? Labels { get; }

    /// <summary>Number of samples.</summary>
    public int Count => Inputs.Rows;

    /// <summary>Input dimension.</summary>
    public int InputSize => Inputs.Columns;

    /// <summary>Creates regression data that keeps the matrices without copying them.</summary>
    /// <exception cref="ArgumentException">The row counts differ, or a value is NaN or ∞ (the message names its row and column).</exception>
    public static SupervisedData<T> WithTargets(Matrix<T> inputs, Matrix<T> targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Rows != inputs.Rows)
            throw new ArgumentException($"Expected one target row per input row ({inputs.Rows}), got {targets.Rows}.", nameof(targets));
        RequireFinite(inputs, nameof(inputs));
        RequireFinite(targets, nameof(targets));
        return new SupervisedData<T>(inputs, targets, null);
    }

    /// <summary>Creates classification data that keeps the matrix and the label array without copying them.</summary>
    /// <exception cref="ArgumentException">The counts differ, an input is NaN or ∞, or a label is negative (the message names its row).</exception>
    public static SupervisedData<T> WithLabels(Matrix<T> inputs, int[] labels)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != inputs.Rows)
            throw new ArgumentException($"Expected one label per input row ({inputs.Rows}), got {labels.Length}.", nameof(labels));
        RequireFinite(inputs, nameof(inputs));
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0)
                throw new ArgumentException($"Label at row {i} is {labels[i]}; expected a class index ≥ 0.", nameof(labels));
        }
        return new SupervisedData<T>(inputs, null, labels);
    }

    /// <summary>Copies the inputs of <paramref name="rows"/> into the first rows of <paramref name="destination"/>.</summary>
    internal void GatherInputs(ReadOnlySpan<int> rows, MatrixSegment<T> destination)
    {
        for (int r = 0; r < rows.Length; r++)
            Inputs.Row(rows[r]).CopyTo(destination.Row(r));
    }

    private static void RequireFinite(Matrix<T> matrix, string name)
    {
        for (int i = 0; i < matrix.Rows; i++)
        {
            Span<T> row = matrix.Row(i);
            for (int j = 0; j < row.Length; j++)
            {
                if (!T.IsFinite(row[j]))
                    throw new ArgumentException($"{name}: row {i}, column {j} is {row[j]}; expected a finite number.", name);
            }
        }
    }
}
