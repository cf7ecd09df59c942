using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// A loss averaged over samples. Training and curvature use its value, its gradient in the network outputs z, and the
/// product of its Hessian in z with a tangent, which is the loss part of the R-operator.
/// </summary>
public abstract class Loss
{
    private protected Loss()
    {
    }

    /// <summary>Mean squared error, the mean of (z − y)² over every element, as PyTorch's <c>mse_loss</c>.</summary>
    public static Loss MeanSquaredError { get; } = new MeanSquaredErrorLoss();

    /// <summary>Softmax cross-entropy with integer class targets, averaged over samples, as PyTorch's <c>cross_entropy</c>.</summary>
    public static Loss CrossEntropy { get; } = new CrossEntropyLoss();

    /// <summary>Short name: "mse" or "ce".</summary>
    public abstract string Name { get; }

    /// <summary>Returns the loss named <paramref name="name"/> ("mse" or "ce", as <see cref="Name"/>).</summary>
    /// <exception cref="ArgumentException">The name is neither.</exception>
    public static Loss FromName(string name) => name switch
    {
        "mse" => MeanSquaredError,
        "ce" => CrossEntropy,
        _ => throw new ArgumentException($"Unknown loss '{name}'; expected 'mse' or 'ce'.", nameof(name)),
    };

    /// <summary>Checks that <paramref name="data"/> suits this loss on a network with <paramref name="outputSize"/> outputs.</summary>
    /// <exception cref="ArgumentException">Targets of the wrong kind or width, or a label ≥ <paramref name="outputSize"/>.</exception>
    public abstract void Validate<T>(SupervisedData<T> data, int outputSize) where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>
    /// Returns the mean loss of <paramref name="outputs"/> (one row per sample of <paramref name="data"/>, for
    /// example from <see cref="MultilayerPerceptron{T}.Predict"/>), summed in double precision. NaN or ∞ outputs give
    /// a NaN or ∞ loss.
    /// </summary>
    /// <exception cref="ArgumentException">The row count differs from the data's, or the data does not suit this loss with that many outputs.</exception>
    public double Compute<T>(Matrix<T> outputs, SupervisedData<T> data) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(data);
        if (outputs.Rows != data.Count)
            throw new ArgumentException($"The outputs have {outputs.Rows} rows but the data has {data.Count} samples.", nameof(outputs));
        Validate(data, outputs.Columns);
        if (data.Count == 0)
            return double.NaN;
        int[] rows = Enumerable.Range(0, data.Count).ToArray();
        return Evaluate<T>(outputs, data, rows, Scale(data.Count, outputs.Columns), []);
    }

    /// <summary>Factor that turns a sum of per-element terms over <paramref name="rowCount"/> rows into the mean.</summary>
    internal abstract double Scale(int rowCount, int outputSize);

    /// <summary>
    /// Returns scale · Σ over <paramref name="rows"/> of the per-row loss, and writes its gradient in the outputs into
    /// <paramref name="gradient"/> (rows × outputs, row-major) unless that span is empty.
    /// </summary>
    internal abstract double Evaluate<T>(MatrixSegment<T> outputs, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> gradient)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;

    /// <summary>Writes ∇²_z(loss) · <paramref name="tangent"/> into <paramref name="result"/>, both rows × outputs.</summary>
    internal abstract void HessianVectorProduct<T>(MatrixSegment<T> outputs, MatrixSegment<T> tangent, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> result)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>;
}
