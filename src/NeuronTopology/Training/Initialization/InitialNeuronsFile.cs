using NeuronTopology.Geometry;
using NeuronTopology.IO;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// Reader of initial hidden neurons saved by another tool: a 2-D array with one row per hidden neuron
/// (incoming weights, bias if the layout has one, outgoing weights), as a NumPy <c>.npy</c> file (float32 or
/// float64) or as text with one neuron a line (comma, semicolon or whitespace separated).
/// </summary>
public static class InitialNeuronsFile
{
    /// <summary>Reads the neurons in <paramref name="path"/>, choosing the format by the extension <c>.npy</c>; anything else is read as text.</summary>
    /// <exception cref="InputFormatException">The file cannot be parsed, a value is not finite, or the array is not hidden × neuron dimension of <paramref name="layout"/>; the message names the file and the expected shape.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static PointCloud Read(string path, TwoLayerNeuronLayout layout)
    {
        ArgumentNullException.ThrowIfNull(path);
        layout.Validate();

        PointCloud neurons = string.Equals(Path.GetExtension(path), ".npy", StringComparison.OrdinalIgnoreCase)
            ? NpyFile.ReadPointCloud(path)
            : PointCloudReader.ReadFile(path);

        if (neurons.Count != layout.HiddenCount || neurons.Dimension != layout.NeuronDimension)
        {
            string bias = layout.HasBias ? " + 1 bias" : "";
            throw new InputFormatException(path, null,
                $"the array is {neurons.Count} × {neurons.Dimension}; expected {layout.HiddenCount} × {layout.NeuronDimension}, " +
                $"one row per hidden neuron of {layout.InputCount} incoming weights{bias} + {layout.OutputCount} outgoing weights.");
        }
        return neurons;
    }
}
