using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// A fixed, bias-free two-layer sigmoid network y = V σ(W x) that labels synthetic inputs, with
/// W (hidden × input) the incoming and V (output × hidden) the outgoing weights and σ(z) = 1 / (1 + e⁻ᶻ).
/// </summary>
public sealed class TeacherNetwork
{
    /// <summary>Creates a teacher from its weight matrices, which are kept, not copied.</summary>
    /// <exception cref="ArgumentException">The hidden sizes of the two matrices differ, a size is zero, or a weight is NaN or infinite.</exception>
    public TeacherNetwork(Matrix<double> incomingWeights, Matrix<double> outgoingWeights)
    {
        ArgumentNullException.ThrowIfNull(incomingWeights);
        ArgumentNullException.ThrowIfNull(outgoingWeights);
        if (incomingWeights.Rows != outgoingWeights.Columns)
            throw new ArgumentException($"The incoming weights have {incomingWeights.Rows} hidden rows but the outgoing weights have {outgoingWeights.Columns} hidden columns.", nameof(outgoingWeights));
        if (incomingWeights.Rows == 0 || incomingWeights.Columns == 0 || outgoingWeights.Rows == 0)
            throw new ArgumentException("Every layer of a teacher needs at least one unit.", nameof(incomingWeights));
        ThrowIfNotFinite(incomingWeights, nameof(incomingWeights));
        ThrowIfNotFinite(outgoingWeights, nameof(outgoingWeights));
        IncomingWeights = incomingWeights;
        OutgoingWeights = outgoingWeights;
    }

    /// <summary>Incoming weights W, hidden × input.</summary>
    public Matrix<double> IncomingWeights { get; }

    /// <summary>Outgoing weights V, output × hidden.</summary>
    public Matrix<double> OutgoingWeights { get; }

    /// <summary>Input dimension.</summary>
    public int InputDimension => IncomingWeights.Columns;

    /// <summary>Number of hidden sigmoid units.</summary>
    public int HiddenCount => IncomingWeights.Rows;

    /// <summary>Output dimension.</summary>
    public int OutputDimension => OutgoingWeights.Rows;

    /// <summary>
    /// Creates a teacher with independent normal weights: W entries N(0, <paramref name="incomingStandardDeviation"/>²)
    /// drawn first, row-major, then V entries N(0, <paramref name="outgoingStandardDeviation"/>²), row-major.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive, or a standard deviation is negative or not finite.</exception>
    public static TeacherNetwork CreateRandom(int inputDimension, int hiddenCount, int outputDimension,
        double incomingStandardDeviation, double outgoingStandardDeviation, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputDimension);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hiddenCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputDimension);
        ArgumentNullException.ThrowIfNull(random);

        var incoming = new Matrix<double>(hiddenCount, inputDimension);
        for (int i = 0; i < incoming.Data.Length; i++)
            incoming.Data[i] = random.NextGaussian(0.0, incomingStandardDeviation);

        var outgoing = new Matrix<double>(outputDimension, hiddenCount);
        for (int i = 0; i < outgoing.Data.Length; i++)
            outgoing.Data[i] = random.NextGaussian(0.0, outgoingStandardDeviation);

        return new TeacherNetwork(incoming, outgoing);
    }

    /// <summary>Evaluates the teacher on one input, writing y = V σ(W x) to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">A span length does not match the network.</exception>
    public void Evaluate(ReadOnlySpan<double> input, Span<double> output)
    {
        if (input.Length != InputDimension)
            throw new ArgumentException($"Expected an input of length {InputDimension}, got {input.Length}.", nameof(input));
        if (output.Length != OutputDimension)
            throw new ArgumentException($"Expected an output of length {OutputDimension}, got {output.Length}.", nameof(output));

        Span<double> hidden = HiddenCount <= 1024 ? stackalloc double[HiddenCount] : new double[HiddenCount];
        for (int j = 0; j < HiddenCount; j++)
        {
            double preActivation = 0.0;
            ReadOnlySpan<double> weights = IncomingWeights.Row(j);
            for (int i = 0; i < input.Length; i++)
                preActivation += weights[i] * input[i];
            hidden[j] = Sigmoid(preActivation);
        }

        for (int k = 0; k < OutputDimension; k++)
        {
            double sum = 0.0;
            ReadOnlySpan<double> weights = OutgoingWeights.Row(k);
            for (int j = 0; j < HiddenCount; j++)
                sum += weights[j] * hidden[j];
            output[k] = sum;
        }
    }

    /// <summary>Evaluates the teacher on every row of <paramref name="inputs"/> (n × input) and returns the n × output targets.</summary>
    /// <exception cref="ArgumentException">The column count of <paramref name="inputs"/> differs from <see cref="InputDimension"/>.</exception>
    public Matrix<double> Evaluate(Matrix<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Columns != InputDimension)
            throw new ArgumentException($"Expected inputs with {InputDimension} columns, got {inputs.Columns}.", nameof(inputs));

        var outputs = new Matrix<double>(inputs.Rows, OutputDimension);
        for (int n = 0; n < inputs.Rows; n++)
            Evaluate(inputs.Row(n), outputs.Row(n));
        return outputs;
    }

    // The two-branch form never exponentiates a large positive number, so it cannot overflow.
    private static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    private static void ThrowIfNotFinite(Matrix<double> weights, string parameterName)
    {
        for (int i = 0; i < weights.Data.Length; i++)
        {
            if (!double.IsFinite(weights.Data[i]))
                throw new ArgumentException($"{parameterName}: row {i / weights.Columns}, column {i % weights.Columns} is {weights.Data[i]}; every weight must be finite.", parameterName);
        }
    }
}
