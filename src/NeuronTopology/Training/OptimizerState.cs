using System.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// A snapshot of an optimizer's state as flat arrays, named as in PyTorch's <c>state_dict</c>
/// (for example "exp_avg", "exp_avg_sq", "momentum_buffer"), each with one entry per parameter.
/// </summary>
/// <param name="Optimizer">Name of the optimizer that saved it.</param>
/// <param name="StepCount">Steps taken.</param>
/// <param name="ParameterCount">Length of the parameter vector, 0 before the first step.</param>
/// <param name="Buffers">State buffers by name. A buffer created lazily (SGD's momentum) is absent until the first step.</param>
public sealed record OptimizerState<T>(string Optimizer, long StepCount, int ParameterCount, IReadOnlyDictionary<string, T[]> Buffers)
    where T : unmanaged, IBinaryFloatingPointIeee754<T>;
