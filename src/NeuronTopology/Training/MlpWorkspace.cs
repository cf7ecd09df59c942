using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// Buffers for the forward, backward and R-operator passes of one batch of up to <see cref="Capacity"/> rows.
/// Index l runs over layer sizes: 0 is the input, <see cref="MlpArchitecture.LayerCount"/> the output.
/// </summary>
internal sealed class MlpWorkspace<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly int[] _sizes;

    public MlpWorkspace(MlpArchitecture architecture, int capacity)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _sizes = architecture.LayerSizes.ToArray();
        int count = _sizes.Length;
        PreActivations = new T[count][];
        Activations = new T[count][];
        FirstDerivatives = new T[count][];
        SecondDerivatives = new T[count][];
        Gradients = new T[count][];
        ActivationGradients = new T[count][];
        TangentPreActivations = new T[count][];
        TangentActivations = new T[count][];
        TangentGradients = new T[count][];
        for (int l = 0; l < count; l++)
        {
            int length = checked(capacity * _sizes[l]);
            PreActivations[l] = new T[length];
            Activations[l] = l == count - 1 ? PreActivations[l] : new T[length];
            Gradients[l] = new T[length];
            TangentPreActivations[l] = new T[length];
            TangentActivations[l] = l == count - 1 ? TangentPreActivations[l] : new T[length];
            TangentGradients[l] = new T[length];
            bool hidden = l > 0 && l < count - 1;
            FirstDerivatives[l] = hidden ? new T[length] : [];
            SecondDerivatives[l] = hidden ? new T[length] : [];
            ActivationGradients[l] = hidden ? new T[length] : [];
        }
        TangentActivationGradient = new T[checked(capacity * _sizes.Max())];
    }

    public int Capacity { get; }

    /// <summary>z_l = a_(l−1) W_(l−1)ᵀ + b_(l−1), unused at l = 0.</summary>
    public T[][] PreActivations { get; }

    /// <summary>a_l = σ(z_l). a_0 is the input, and the output layer's a is its z (the same array).</summary>
    public T[][] Activations { get; }

    /// <summary>σ′(z_l) for hidden layers.</summary>
    public T[][] FirstDerivatives { get; }

    /// <summary>σ″(z_l) for hidden layers, filled by the R-operator pass.</summary>
    public T[][] SecondDerivatives { get; }

    /// <summary>∂L/∂z_l, filled by the loss for the output layer.</summary>
    public T[][] Gradients { get; }

    /// <summary>∂L/∂a_l for hidden layers.</summary>
    public T[][] ActivationGradients { get; }

    /// <summary>R{z_l}, the directional derivative of z_l along the parameter direction v.</summary>
    public T[][] TangentPreActivations { get; }

    /// <summary>R{a_l}, which for the output layer is its R{z} (the same array).</summary>
    public T[][] TangentActivations { get; }

    /// <summary>R{∂L/∂z_l}, filled by the loss for the output layer.</summary>
    public T[][] TangentGradients { get; }

    /// <summary>Scratch for R{∂L/∂a_l}.</summary>
    public T[] TangentActivationGradient { get; }

    /// <summary>Views the first <paramref name="rows"/> rows of a per-layer buffer.</summary>
    public MatrixSegment<T> View(T[] buffer, int layer, int rows) => new(buffer, 0, rows, _sizes[layer]);

    public MatrixSegment<T> Input(int rows) => View(Activations[0], 0, rows);

    public MatrixSegment<T> Output(int rows) => View(Activations[^1], _sizes.Length - 1, rows);

    public MatrixSegment<T> TangentOutput(int rows) => View(TangentActivations[^1], _sizes.Length - 1, rows);

    public Span<T> OutputGradient(int rows) => Gradients[^1].AsSpan(0, rows * _sizes[^1]);

    public Span<T> TangentOutputGradient(int rows) => TangentGradients[^1].AsSpan(0, rows * _sizes[^1]);
}
