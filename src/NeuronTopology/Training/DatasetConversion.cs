using System.Numerics;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Training;

/// <summary>Turns a loaded <see cref="Dataset"/> (float64) into training rows of the network's precision.</summary>
public static class DatasetConversion
{
    /// <summary>
    /// Returns the data set as <see cref="SupervisedData{T}"/>: for float64 the matrices and labels are shared, not
    /// copied. For float32 the values are rounded to the nearest float into new matrices.
    /// </summary>
    /// <exception cref="ArgumentException">A value overflows <typeparamref name="T"/> (becomes ∞ when rounded to float32).</exception>
    public static SupervisedData<T> ToSupervisedData<T>(this Dataset dataset)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Matrix<T> inputs = Convert<T>(dataset.Inputs);
        return dataset.Labels is not null
            ? SupervisedData<T>.WithLabels(inputs, dataset.Labels)
            : SupervisedData<T>.WithTargets(inputs, Convert<T>(dataset.Targets!));
    }

    private static Matrix<T> Convert<T>(Matrix<double> source)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (source is Matrix<T> same)
            return same;
        var data = new T[source.Data.Length];
        for (int i = 0; i < data.Length; i++)
            data[i] = T.CreateTruncating(source.Data[i]);
        return new Matrix<T>(source.Rows, source.Columns, data);
    }
}
