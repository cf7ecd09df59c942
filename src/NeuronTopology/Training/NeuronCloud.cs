using System.Numerics;
using NeuronTopology.Geometry;

namespace NeuronTopology.Training;

/// <summary>
/// The neurons of one hidden layer as a point cloud: neuron i is the point θ_i = (incoming weights W_in[i, :], its
/// bias b[i] when the layer has one, outgoing weights W_out[:, i]) in ℝ^(in + bias + out). Permutation-equivariant
/// optimizers move every θ_i by one shared map, so the topology of this cloud is what training may preserve or break
/// (Yang, Poggio, Chuang and Ziyin, "Topological Invariance and Breakdown in Learning", arXiv:2510.02670).
/// </summary>
public sealed class NeuronCloud
{
    private NeuronCloud(PointCloud points, int hiddenLayer, int incomingCount, bool hasBias, int outgoingCount)
    {
        Points = points;
        HiddenLayer = hiddenLayer;
        IncomingCount = incomingCount;
        HasBias = hasBias;
        OutgoingCount = outgoingCount;
    }

    /// <summary>The neurons, one point a row.</summary>
    public PointCloud Points { get; }

    /// <summary>0-based index of the hidden layer (0 is the first hidden layer, after the input).</summary>
    public int HiddenLayer { get; }

    /// <summary>Number of incoming weights per neuron, the first coordinates of each point.</summary>
    public int IncomingCount { get; }

    /// <summary>Whether each point has the neuron's bias as coordinate <see cref="IncomingCount"/>.</summary>
    public bool HasBias { get; }

    /// <summary>Number of outgoing weights per neuron, the last coordinates of each point.</summary>
    public int OutgoingCount { get; }

    /// <summary>Number of neurons.</summary>
    public int NeuronCount => Points.Count;

    /// <summary>Builds the cloud of hidden layer <paramref name="hiddenLayer"/> from a network's parameters.</summary>
    /// <remarks>
    /// The coordinates are always copied into a new array: a neuron's incoming row, its bias and its outgoing column
    /// lie in three separate places of the flat parameter vector, the column with a stride, so no zero-copy view exists.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hiddenLayer"/> is not a hidden layer.</exception>
    /// <exception cref="ArgumentException">A parameter of the layer is NaN or ∞.</exception>
    public static NeuronCloud FromModel<T>(MultilayerPerceptron<T> model, int hiddenLayer)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        return FromParameters(model.Architecture, model.Parameters, hiddenLayer);
    }

    /// <summary>Builds the cloud of hidden layer <paramref name="hiddenLayer"/> from a flat parameter vector laid out by <paramref name="architecture"/>.</summary>
    /// <remarks>The coordinates are copied, as in <see cref="FromModel{T}"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hiddenLayer"/> is not a hidden layer.</exception>
    /// <exception cref="ArgumentException">The vector has the wrong length, or a parameter of the layer is NaN or ∞.</exception>
    public static NeuronCloud FromParameters<T>(MlpArchitecture architecture, ReadOnlySpan<T> parameters, int hiddenLayer)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(architecture);
        NeuronLayout layout = NeuronLayout.Of(architecture, parameters.Length, hiddenLayer);
        var coordinates = new double[checked(layout.Neurons * layout.Dimension)];
        for (int i = 0; i < layout.Neurons; i++)
        {
            Span<double> point = coordinates.AsSpan(i * layout.Dimension, layout.Dimension);
            for (int c = 0; c < layout.Dimension; c++)
            {
                T value = parameters[layout.IndexOf(i, c)];
                if (!T.IsFinite(value))
                    throw new ArgumentException($"Hidden layer {hiddenLayer}, neuron {i}, coordinate {c} is {value}, but a neuron cloud needs finite parameters.", nameof(parameters));
                point[c] = double.CreateTruncating(value);
            }
        }
        return new NeuronCloud(new PointCloud(coordinates, layout.Neurons, layout.Dimension), hiddenLayer, layout.Incoming, layout.HasBias, layout.Outgoing);
    }

    /// <summary>Builds the cloud of every hidden layer, first to last.</summary>
    public static IReadOnlyList<NeuronCloud> AllLayers<T>(MultilayerPerceptron<T> model)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        var clouds = new NeuronCloud[model.Architecture.HiddenLayerCount];
        for (int h = 0; h < clouds.Length; h++)
            clouds[h] = FromModel(model, h);
        return clouds;
    }

    /// <summary>
    /// Writes the points back into a flat parameter vector, the inverse of <see cref="FromParameters{T}"/>. This is
    /// how an initial neuron shape (a circle, a figure-eight, a sphere) becomes a network's weights.
    /// </summary>
    /// <exception cref="ArgumentException">The vector has the wrong length, or the architecture's layer has another neuron count, bias setting or width.</exception>
    public void WriteTo<T>(MlpArchitecture architecture, Span<T> parameters)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(architecture);
        NeuronLayout layout = NeuronLayout.Of(architecture, parameters.Length, HiddenLayer);
        if (layout.Neurons != NeuronCount || layout.Dimension != Points.Dimension || layout.HasBias != HasBias)
            throw new ArgumentException($"Hidden layer {HiddenLayer} of the {architecture} network has {layout.Neurons} neurons of dimension {layout.Dimension} but the cloud has {NeuronCount} of dimension {Points.Dimension}.", nameof(architecture));
        for (int i = 0; i < layout.Neurons; i++)
        {
            ReadOnlySpan<double> point = Points[i];
            for (int c = 0; c < layout.Dimension; c++)
                parameters[layout.IndexOf(i, c)] = T.CreateTruncating(point[c]);
        }
    }
}
