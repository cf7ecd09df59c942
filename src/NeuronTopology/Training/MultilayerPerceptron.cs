using System.Numerics;
using System.Numerics.Tensors;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// A multilayer perceptron whose parameters live in one flat array in PyTorch's order (per layer: weight out × in,
/// row-major, then bias). The forward pass is h ← σ(h Wᵀ + b) for every layer but the last, which has no activation.
/// Optimizers, sharpness, snapshots and neuron clouds all read and write <see cref="Parameters"/> directly.
/// </summary>
/// <remarks>
/// Gradients are exact (reverse mode), and Hessian-vector products are exact by forward-over-reverse
/// differentiation (Pearlmutter, "Fast exact multiplication by the Hessian", Neural Computation 6(1), 1994).
/// Products go through <see cref="SegmentGemm"/>. In float64 the results agree with PyTorch's to rounding.
/// </remarks>
public sealed partial class MultilayerPerceptron<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates a network with all parameters zero.</summary>
    public MultilayerPerceptron(MlpArchitecture architecture)
        : this(architecture, new T[(architecture ?? throw new ArgumentNullException(nameof(architecture))).ParameterCount])
    {
    }

    /// <summary>Creates a network over <paramref name="parameters"/>, which it keeps and mutates, not copies.</summary>
    /// <exception cref="ArgumentException">The array length is not <see cref="MlpArchitecture.ParameterCount"/>.</exception>
    public MultilayerPerceptron(MlpArchitecture architecture, T[] parameters)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Length != architecture.ParameterCount)
            throw new ArgumentException($"Expected {architecture.ParameterCount} parameters for a {architecture} network, got {parameters.Length}.", nameof(parameters));
        Architecture = architecture;
        Parameters = parameters;
    }

    /// <summary>Layer sizes, activation and bias layout.</summary>
    public MlpArchitecture Architecture { get; }

    /// <summary>All parameters, flat, in PyTorch's order. Writes change the network.</summary>
    public T[] Parameters { get; }

    /// <summary>Weight of layer <paramref name="layer"/>, outputs × inputs, a view into <see cref="Parameters"/>.</summary>
    public MatrixSegment<T> Weight(int layer) => WeightOf(Parameters, layer);

    /// <summary>Bias of layer <paramref name="layer"/>, a view into <see cref="Parameters"/>, empty when the layer has none.</summary>
    public Span<T> Bias(int layer) => BiasOf(Parameters, layer);

    /// <summary>Returns a network with a copy of the parameters.</summary>
    public MultilayerPerceptron<T> Clone() => new(Architecture, (T[])Parameters.Clone());

    /// <summary>Computes the outputs for <paramref name="inputs"/> (one sample a row).</summary>
    /// <param name="threads">Worker threads for the matrix products, or 0 for all processors.</param>
    /// <exception cref="ArgumentException">The inputs do not have <see cref="MlpArchitecture.InputSize"/> columns.</exception>
    public Matrix<T> Predict(Matrix<T> inputs, int threads = 0)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Columns != Architecture.InputSize)
            throw new ArgumentException($"Inputs have {inputs.Columns} columns but the network expects {Architecture.InputSize}.", nameof(inputs));
        var outputs = new Matrix<T>(inputs.Rows, Architecture.OutputSize);
        if (inputs.Rows == 0)
            return outputs;
        // A workspace has a dozen buffers per layer, so one sized for all rows would take gigabytes on MNIST.
        // Chunks of PredictRows rows bound it whatever the number of inputs.
        var workspace = new MlpWorkspace<T>(Architecture, Math.Min(inputs.Rows, PredictRows));
        int inputSize = Architecture.InputSize, outputSize = Architecture.OutputSize;
        for (int start = 0; start < inputs.Rows; start += workspace.Capacity)
        {
            int rows = Math.Min(workspace.Capacity, inputs.Rows - start);
            inputs.Data.AsSpan(start * inputSize, rows * inputSize).CopyTo(workspace.Activations[0]);
            Forward(workspace, rows, threads);
            workspace.Output(rows).AsSpan().CopyTo(outputs.Data.AsSpan(start * outputSize, rows * outputSize));
        }
        return outputs;
    }

    /// <summary>Rows per forward pass in <see cref="Predict"/>, which bounds its working memory.</summary>
    public const int PredictRows = 1024;

    /// <summary>Runs the forward pass on the first <paramref name="rows"/> inputs in <paramref name="workspace"/>, keeping z_l, a_l and σ′(z_l).</summary>
    internal void Forward(MlpWorkspace<T> workspace, int rows, int threads)
    {
        int layers = Architecture.LayerCount;
        for (int l = 0; l < layers; l++)
        {
            MatrixSegment<T> z = workspace.View(workspace.PreActivations[l + 1], l + 1, rows);
            SegmentGemm.Multiply(workspace.View(workspace.Activations[l], l, rows), Weight(l), z, transposeB: true, threads: threads);
            MatrixOperations.AddRowVector(z, Bias(l));
            if (l + 1 == layers)
                break;

            Span<T> zs = z.AsSpan();
            Span<T> activated = workspace.Activations[l + 1].AsSpan(0, zs.Length);
            ActivationFunctions.Apply(Architecture.Activation, zs, activated);
            ActivationFunctions.Derivatives(Architecture.Activation, zs, activated, workspace.FirstDerivatives[l + 1].AsSpan(0, zs.Length), []);
        }
    }

    /// <summary>
    /// Back-propagates the output gradient that the loss wrote into <paramref name="workspace"/>, filling ∂L/∂z_l and
    /// ∂L/∂a_l, and adds ∂L/∂θ into <paramref name="gradient"/> unless it is null (then only the signals are kept,
    /// as the R-operator pass needs them).
    /// </summary>
    internal void Backward(MlpWorkspace<T> workspace, int rows, T[]? gradient, bool accumulate, int threads)
    {
        for (int l = Architecture.LayerCount - 1; l >= 0; l--)
        {
            MatrixSegment<T> delta = workspace.View(workspace.Gradients[l + 1], l + 1, rows);
            if (gradient is not null)
            {
                SegmentGemm.Multiply(delta, workspace.View(workspace.Activations[l], l, rows), WeightOf(gradient, l), transposeA: true, accumulate: accumulate, threads: threads);
                MatrixOperations.ColumnSums(delta, BiasOf(gradient, l), accumulate);
            }
            if (l == 0)
                break;

            MatrixSegment<T> activationGradient = workspace.View(workspace.ActivationGradients[l], l, rows);
            SegmentGemm.Multiply(delta, Weight(l), activationGradient, threads: threads);
            Multiply(activationGradient.AsSpan(), workspace.FirstDerivatives[l], workspace.Gradients[l]);
        }
    }

    // result[i] = left[i] · right[i] over left's length.
    internal static void Multiply(ReadOnlySpan<T> left, ReadOnlySpan<T> right, Span<T> result) =>
        TensorPrimitives.Multiply(left, right[..left.Length], result[..left.Length]);

    private MatrixSegment<T> WeightOf(T[] flat, int layer) =>
        new(flat, Architecture.WeightOffset(layer), Architecture.OutputsOf(layer), Architecture.InputsOf(layer));

    private Span<T> BiasOf(T[] flat, int layer)
    {
        int offset = Architecture.BiasOffset(layer);
        return offset < 0 ? [] : flat.AsSpan(offset, Architecture.OutputsOf(layer));
    }
}
