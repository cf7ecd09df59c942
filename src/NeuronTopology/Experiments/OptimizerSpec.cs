namespace NeuronTopology.Experiments;

/// <summary>The learning rule and its hyperparameters, with PyTorch 1.13's meanings and defaults.</summary>
/// <param name="Kind">sgd, momentum (heavy ball), nesterov, adam, adamw, rmsprop or adagrad.</param>
/// <param name="LearningRate">η, the base learning rate (before the schedule).</param>
/// <param name="Momentum">Momentum coefficient β of momentum, nesterov and rmsprop.</param>
/// <param name="Beta1">Adam's first-moment decay.</param>
/// <param name="Beta2">Adam's second-moment decay.</param>
/// <param name="Epsilon">Adam, RMSprop and Adagrad denominator term.</param>
/// <param name="WeightDecay">L2 penalty (decoupled for adamw).</param>
public sealed record OptimizerSpec(
    string Kind,
    double LearningRate,
    double Momentum = 0.9,
    double Beta1 = 0.9,
    double Beta2 = 0.999,
    double Epsilon = 1e-8,
    double WeightDecay = 0)
{
    /// <summary>Optimizer names the spec accepts.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["sgd", "momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad"];
}
