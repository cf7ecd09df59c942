using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>Creates optimizers by the short names runs and reference cases use.</summary>
public static class OptimizerFactory
{
    /// <summary>Names accepted by <see cref="Create{T}"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sgd", "momentum", "nesterov", "sgd_wd", "adam", "adamw", "rmsprop", "adagrad"];

    /// <summary>
    /// Creates the optimizer named <paramref name="name"/> with learning rate <paramref name="learningRate"/> and
    /// PyTorch 1.13's defaults otherwise: "sgd"; "momentum" (SGD, μ = 0.9); "nesterov" (SGD, μ = 0.9, Nesterov);
    /// "sgd_wd" (SGD, λ = 1e-3); "adam"; "adamw" (λ = 0.01); "rmsprop"; "adagrad".
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is negative, NaN or ∞.</exception>
    public static Optimizer<T> Create<T>(string name, double learningRate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            "sgd" => new Sgd<T>(learningRate),
            "momentum" => new Sgd<T>(learningRate, momentum: 0.9),
            "nesterov" => new Sgd<T>(learningRate, momentum: 0.9, nesterov: true),
            "sgd_wd" => new Sgd<T>(learningRate, weightDecay: 1e-3),
            "adam" => new Adam<T>(learningRate),
            "adamw" => new AdamW<T>(learningRate),
            "rmsprop" => new RmsProp<T>(learningRate),
            "adagrad" => new Adagrad<T>(learningRate),
            _ => throw new ArgumentException($"Unknown optimizer '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
