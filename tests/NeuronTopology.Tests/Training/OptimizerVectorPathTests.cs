using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>
/// The optimizers update whole vectors at a time and finish the tail element by element. Both paths must give the
/// same bits, so a parameter vector whose entries all start equal must stay equal entry for entry.
/// </summary>
public sealed class OptimizerVectorPathTests
{
    // 37 entries: at least one full vector of doubles or floats plus a scalar tail for every vector width up to 512 bits.
    private const int Length = 37;

    public static TheoryData<string> Optimizers => new() { "sgd", "momentum", "nesterov", "adam", "amsgrad", "adamw", "adagrad", "rmsprop", "rmsprop-centered-momentum" };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void EqualEntriesStayEqualInDouble(string kind) => AssertEntriesStayEqual<double>(kind);

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void EqualEntriesStayEqualInFloat(string kind) => AssertEntriesStayEqual<float>(kind);

    private static void AssertEntriesStayEqual<T>(string kind) where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        Optimizer<T> optimizer = kind switch
        {
            "sgd" => new Sgd<T>(0.1, weightDecay: 0.01),
            "momentum" => new Sgd<T>(0.1, momentum: 0.9, dampening: 0.1, weightDecay: 0.01),
            "nesterov" => new Sgd<T>(0.1, momentum: 0.9, weightDecay: 0.01, nesterov: true),
            "adam" => new Adam<T>(0.01, weightDecay: 0.01),
            "amsgrad" => new Adam<T>(0.01, weightDecay: 0.01, amsgrad: true),
            "adamw" => new AdamW<T>(0.01, weightDecay: 0.01),
            "adagrad" => new Adagrad<T>(0.01, weightDecay: 0.01),
            "rmsprop" => new RmsProp<T>(0.01, weightDecay: 0.01),
            _ => new RmsProp<T>(0.01, weightDecay: 0.01, momentum: 0.9, centered: true),
        };
        var parameters = new T[Length];
        Array.Fill(parameters, T.CreateTruncating(0.3));
        var gradient = new T[Length];

        double[] gradients = [0.5, -1.25, 0.0625, 2.0, -0.75];
        foreach (double g in gradients)
        {
            Array.Fill(gradient, T.CreateTruncating(g));
            optimizer.Step(parameters, gradient);
        }

        Assert.NotEqual(T.CreateTruncating(0.3), parameters[0]);
        for (int i = 1; i < Length; i++)
            Assert.Equal(parameters[0], parameters[i]);
    }
}
