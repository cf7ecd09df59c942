using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// A supervised data set: n inputs of dimension d (float64, row-major) with either regression targets
/// (n × k) or integer class labels in 0 … C − 1. Every value is validated on construction.
/// </summary>
/// <remarks>The matrices and the label array are shared, not copied: do not mutate them afterwards.</remarks>
public sealed class Dataset
{
    private Dataset(Matrix<double> inputs, Matrix<double>? targets, int[]? labels, int classCount)
    {
        Inputs = inputs;
        Targets = targets;
        Labels = labels;
        ClassCount = classCount;
    }

    /// <summary>Inputs, <see cref="Count"/> × <see cref="InputDimension"/>.</summary>
    public Matrix<double> Inputs { get; }

    /// <summary>Regression targets, <see cref="Count"/> × k; null for a classification set.</summary>
    public Matrix<double>? Targets { get; }

    /// <summary>Class labels in 0 … <see cref="ClassCount"/> − 1; null for a regression set.</summary>
    public int[]? Labels { get; }

    /// <summary>Number of classes C; zero for a regression set.</summary>
    public int ClassCount { get; }

    /// <summary>Whether the targets are class labels.</summary>
    public bool IsClassification => Labels is not null;

    /// <summary>Number of samples n.</summary>
    public int Count => Inputs.Rows;

    /// <summary>Input dimension d.</summary>
    public int InputDimension => Inputs.Columns;

    /// <summary>Width of the model's output that the targets call for: k for regression, C for classification.</summary>
    public int OutputDimension => Labels is null ? Targets!.Columns : ClassCount;

    /// <summary>Creates a regression set.</summary>
    /// <exception cref="ArgumentException">The row counts differ, or a value is NaN or infinite (the message names the row and column).</exception>
    public static Dataset ForRegression(Matrix<double> inputs, Matrix<double> targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Rows != inputs.Rows)
            throw new ArgumentException($"The targets have {targets.Rows} rows but the inputs have {inputs.Rows}; expected one target row per input row.", nameof(targets));
        ThrowIfNotFinite(inputs, nameof(inputs));
        ThrowIfNotFinite(targets, nameof(targets));
        return new Dataset(inputs, targets, null, 0);
    }

    /// <summary>Creates a classification set with labels in 0 … <paramref name="classCount"/> − 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classCount"/> is not positive, or a label is out of range (the message names its index and value).</exception>
    /// <exception cref="ArgumentException">The label count differs from the input row count, or an input is NaN or infinite.</exception>
    public static Dataset ForClassification(Matrix<double> inputs, int[] labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (labels.Length != inputs.Rows)
            throw new ArgumentException($"There are {labels.Length} labels but {inputs.Rows} input rows; expected one label per input row.", nameof(labels));
        for (int i = 0; i < labels.Length; i++)
        {
            if ((uint)labels[i] >= (uint)classCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"Label at index {i} is {labels[i]}; expected a class in 0..{classCount - 1}.");
        }
        ThrowIfNotFinite(inputs, nameof(inputs));
        return new Dataset(inputs, null, labels, classCount);
    }

    /// <summary>Returns the samples at <paramref name="rows"/>, in that order (repeats allowed), as a new set with copied storage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index is outside 0 … <see cref="Count"/> − 1.</exception>
    public Dataset Subset(ReadOnlySpan<int> rows)
    {
        var inputs = new Matrix<double>(rows.Length, InputDimension);
        Matrix<double>? targets = Targets is null ? null : new Matrix<double>(rows.Length, Targets.Columns);
        int[]? labels = Labels is null ? null : new int[rows.Length];

        for (int i = 0; i < rows.Length; i++)
        {
            int row = rows[i];
            if ((uint)row >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(rows), row, $"Row index at position {i} is {row}; expected 0..{Count - 1}.");
            Inputs.Row(row).CopyTo(inputs.Row(i));
            if (targets is not null)
                Targets!.Row(row).CopyTo(targets.Row(i));
            if (labels is not null)
                labels[i] = Labels![row];
        }

        return new Dataset(inputs, targets, labels, ClassCount);
    }

    /// <summary>Returns the set in a uniformly random order drawn from <paramref name="random"/> (<see cref="Xoshiro256StarStar.NextPermutation"/>).</summary>
    public Dataset Shuffle(Xoshiro256StarStar random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Subset(random.NextPermutation(Count));
    }

    /// <summary>
    /// Shuffles the set with <paramref name="random"/> and cuts it into a training part of
    /// round(<paramref name="trainFraction"/> · n) samples (ties to even) and a test part of the rest.
    /// The teacher tasks of arXiv 2510.02670 use 0.7, so 5000 samples give 3500 for training and 1500 for testing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trainFraction"/> is outside [0, 1] or NaN.</exception>
    public DatasetSplit Split(double trainFraction, Xoshiro256StarStar random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(trainFraction >= 0.0 && trainFraction <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction, "Expected a fraction in [0, 1].");

        int[] permutation = random.NextPermutation(Count);
        int trainCount = (int)Math.Round(trainFraction * Count, MidpointRounding.ToEven);
        return new DatasetSplit(Subset(permutation.AsSpan(0, trainCount)), Subset(permutation.AsSpan(trainCount)));
    }

    /// <summary>Returns the set seeded with <paramref name="seed"/>, shuffled and split as <see cref="Split(double, Xoshiro256StarStar)"/>.</summary>
    public DatasetSplit Split(double trainFraction, ulong seed) => Split(trainFraction, new Xoshiro256StarStar(seed));

    /// <summary>
    /// Returns the set as the training engine's <see cref="SupervisedData{T}"/>: shared storage for
    /// <c>double</c>, a rounded copy for <c>float</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A value overflows <typeparamref name="T"/> (the message names its row and column).</exception>
    public SupervisedData<T> ToSupervisedData<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Matrix<T> inputs = Convert<T>(Inputs);
        return Labels is null
            ? SupervisedData<T>.WithTargets(inputs, Convert<T>(Targets!))
            : SupervisedData<T>.WithLabels(inputs, Labels);
    }

    private static Matrix<T> Convert<T>(Matrix<double> matrix) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (matrix is Matrix<T> same)
            return same;
        var converted = new Matrix<T>(matrix.Rows, matrix.Columns);
        for (int i = 0; i < matrix.Data.Length; i++)
            converted.Data[i] = T.CreateSaturating(matrix.Data[i]);
        return converted;
    }

    private static void ThrowIfNotFinite(Matrix<double> matrix, string parameterName)
    {
        // Check each element: a checked sum would not name the position of the bad value.
        for (int i = 0; i < matrix.Data.Length; i++)
        {
            double value = matrix.Data[i];
            if (!double.IsFinite(value))
            {
                int row = i / matrix.Columns;
                int column = i % matrix.Columns;
                throw new ArgumentException($"{parameterName}: row {row}, column {column} is {value}; every value must be finite.", parameterName);
            }
        }
    }
}
