using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// The synthetic regression tasks of Yang, Poggio, Chuang and Ziyin, "Topological Invariance and Breakdown
/// in Learning" (arXiv 2510.02670): inputs drawn from a centred normal law and labelled by a random
/// bias-free sigmoid teacher with 128 hidden units and one output.
/// </summary>
/// <remarks>
/// The laws follow the description of the paper's experiments. The 1-D task draws x ~ N(0, 4) and teacher
/// weights W ~ N(0, 1), V ~ N(0, 0.36). The 2-D task draws x ~ N(0, 4·I₂) and W, V ~ N(0, 1)/128^¼. Both
/// draw 5000 samples, shuffle them, and keep 70 % for training and 30 % for testing.
/// NOTE: the description names sigmoid units for the 1-D teacher only; the 2-D teacher is assumed to use them too.
/// One seeded <see cref="Xoshiro256StarStar"/> draws, in this order: W (row-major), V, the inputs (row-major),
/// then the shuffle of <see cref="Dataset.Split(double, Xoshiro256StarStar)"/>. The numbers therefore differ
/// from those of the authors' PyTorch code for the same seed; the distributions are the same.
/// </remarks>
public static class TeacherTasks
{
    /// <summary>Number of samples the paper draws for each teacher task.</summary>
    public const int PaperSampleCount = 5000;

    /// <summary>Fraction of the samples used for training; the rest is the test set.</summary>
    public const double PaperTrainFraction = 0.7;

    /// <summary>Hidden units of the paper's teachers.</summary>
    public const int TeacherHiddenCount = 128;

    /// <summary>Creates the 1-D task: x ~ N(0, 4), W ~ N(0, 1), V ~ N(0, 0.36), y = V σ(W x).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is not positive.</exception>
    public static DatasetSplit OneDimensional(ulong seed, int sampleCount = PaperSampleCount)
    {
        var random = new Xoshiro256StarStar(seed);
        var teacher = TeacherNetwork.CreateRandom(1, TeacherHiddenCount, 1, 1.0, 0.6, random);
        return Sample(teacher, 2.0, sampleCount, PaperTrainFraction, random);
    }

    /// <summary>Creates the 2-D task: x ~ N(0, 4·I₂), W and V ~ N(0, 1)/128^¼ (standard deviation 128^−¼ ≈ 0.297), y = V σ(W x).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is not positive.</exception>
    public static DatasetSplit TwoDimensional(ulong seed, int sampleCount = PaperSampleCount)
    {
        var random = new Xoshiro256StarStar(seed);
        double scale = Math.Pow(TeacherHiddenCount, -0.25);
        var teacher = TeacherNetwork.CreateRandom(2, TeacherHiddenCount, 1, scale, scale, random);
        return Sample(teacher, 2.0, sampleCount, PaperTrainFraction, random);
    }

    /// <summary>
    /// Draws <paramref name="sampleCount"/> inputs with independent N(0, <paramref name="inputStandardDeviation"/>²)
    /// entries, labels them with <paramref name="teacher"/>, then shuffles and splits the set.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is not positive, the standard deviation is negative or not finite, or the fraction is outside [0, 1].</exception>
    public static DatasetSplit Sample(TeacherNetwork teacher, double inputStandardDeviation, int sampleCount, double trainFraction, Xoshiro256StarStar random)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleCount);

        var inputs = new Matrix<double>(sampleCount, teacher.InputDimension);
        for (int i = 0; i < inputs.Data.Length; i++)
            inputs.Data[i] = random.NextGaussian(0.0, inputStandardDeviation);

        Matrix<double> targets = teacher.Evaluate(inputs);
        return Dataset.ForRegression(inputs, targets).Split(trainFraction, random);
    }
}
