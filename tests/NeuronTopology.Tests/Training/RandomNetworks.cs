using NeuronTopology.Numerics;
using NeuronTopology.Training;

namespace NeuronTopology.Tests.Training;

/// <summary>Small seeded networks and data sets for property tests.</summary>
internal static class RandomNetworks
{
    public static MultilayerPerceptron<double> Create(int[] sizes, Activation activation, bool bias, int seed)
    {
        var architecture = new MlpArchitecture(sizes, activation, bias);
        var model = new MultilayerPerceptron<double>(architecture);
        var random = new Random(seed);
        for (int i = 0; i < model.Parameters.Length; i++)
            model.Parameters[i] = Normal(random) * 0.8;
        return model;
    }

    public static SupervisedData<double> Data(Loss loss, int rows, int inputs, int outputs, int seed)
    {
        var random = new Random(seed);
        var x = new Matrix<double>(rows, inputs);
        for (int i = 0; i < x.Data.Length; i++)
            x.Data[i] = Normal(random);
        if (loss == Loss.CrossEntropy)
            return SupervisedData<double>.WithLabels(x, Enumerable.Range(0, rows).Select(_ => random.Next(outputs)).ToArray());
        var y = new Matrix<double>(rows, outputs);
        for (int i = 0; i < y.Data.Length; i++)
            y.Data[i] = Normal(random);
        return SupervisedData<double>.WithTargets(x, y);
    }

    public static double[] Vector(int length, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, length).Select(_ => Normal(random)).ToArray();
    }

    public static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
