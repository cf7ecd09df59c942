namespace NeuronTopology.Training.Initialization;

/// <summary>How the hidden neurons of a two-layer perceptron are placed before training.</summary>
public enum InitialNeuronShape
{
    /// <summary>PyTorch's default <c>nn.Linear</c> law, U(−1/√fan_in, 1/√fan_in), for every layer (<see cref="PyTorchDefaultInitialization"/>).</summary>
    PyTorchDefault,

    /// <summary>The figure-eight of <see cref="FigureEightShape"/>; needs 1 input, 1 output, no bias.</summary>
    FigureEight,

    /// <summary>The two circles of <see cref="TwoCirclesShape"/>; needs 1 input, 1 output, no bias.</summary>
    TwoCircles,

    /// <summary>The solid double torus of <see cref="SolidDoubleTorusShape"/>; needs 2 inputs, 1 output, no bias.</summary>
    SolidDoubleTorus,

    /// <summary>A unit 2-sphere in a random 3-dimensional subspace of neuron space (<see cref="EmbeddedSphereShape"/>); any layout.</summary>
    EmbeddedSphere,

    /// <summary>Neurons read from a <c>.npy</c> or text file (<see cref="InitialNeuronsFile"/>).</summary>
    FromFile,
}
