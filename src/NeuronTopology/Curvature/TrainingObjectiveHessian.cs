using NeuronTopology.Training;

namespace NeuronTopology.Curvature;

/// <summary>
/// The Hessian of a <see cref="TrainingObjective"/> at the network's current parameters, applied by its exact
/// float64 Hessian-vector products. The objective's rows decide whether this is the full-data Hessian or the
/// Hessian of a fixed subset.
/// </summary>
public sealed class TrainingObjectiveHessian : IHessianOperator
{
    private readonly TrainingObjective _objective;

    /// <summary>Wraps <paramref name="objective"/>; later changes to its parameters change the operator.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    public TrainingObjectiveHessian(TrainingObjective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        _objective = objective;
    }

    /// <inheritdoc/>
    public int Dimension => _objective.ParameterCount;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">A span's length is not <see cref="Dimension"/>, or the spans overlap.</exception>
    public void Multiply(ReadOnlySpan<double> vector, Span<double> product) => _objective.HessianVectorProduct(vector, product);

    /// <summary>
    /// Creates the stochastic operator of <see cref="SharpnessProtocol.Paper"/>: product t uses the Hessian of the mean loss over
    /// <paramref name="batches"/>[t mod count] at <paramref name="model"/>'s current parameters.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="batches"/> is empty, a batch is empty, a row index is out of range, or the data does not fit the model or loss.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is not positive.</exception>
    public static MiniBatchHessianOperator ForMiniBatches(MultilayerPerceptron<double> model, Loss loss, SupervisedData<double> data, IReadOnlyList<IReadOnlyList<int>> batches, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var operators = batches.Select(rows => (IHessianOperator)new TrainingObjectiveHessian(new TrainingObjective(model, loss, data, rows, threads))).ToArray();
        return new MiniBatchHessianOperator(operators);
    }
}
