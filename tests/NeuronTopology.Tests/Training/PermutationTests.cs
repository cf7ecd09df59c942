using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>
/// Optimizer steps commute with permutations of hidden neurons: permuting the neurons, stepping and permuting back
/// gives bit-identical parameters, because every state entry belongs to one parameter and every update is elementwise.
/// </summary>
public class PermutationTests
{
    private static readonly int[] Sizes = [3, 6, 5, 2];

    public static TheoryData<string, Activation> OptimizersAndActivations()
    {
        var data = new TheoryData<string, Activation>();
        foreach (string optimizer in OptimizerVariants.Keys)
        {
            foreach (Activation activation in Enum.GetValues<Activation>())
                data.Add(optimizer, activation);
        }
        return data;
    }

    private static readonly Dictionary<string, Func<Optimizer<double>>> OptimizerVariants = new()
    {
        ["sgd"] = () => new Sgd<double>(0.05),
        ["sgd_wd"] = () => new Sgd<double>(0.05, weightDecay: 1e-3),
        ["momentum_dampening"] = () => new Sgd<double>(0.05, momentum: 0.9, dampening: 0.3),
        ["nesterov"] = () => new Sgd<double>(0.05, momentum: 0.9, nesterov: true),
        ["adam"] = () => new Adam<double>(0.01),
        ["adam_amsgrad_wd"] = () => new Adam<double>(0.01, weightDecay: 1e-2, amsgrad: true),
        ["adamw"] = () => new AdamW<double>(0.01),
        ["rmsprop_centered_momentum"] = () => new RmsProp<double>(0.01, momentum: 0.5, centered: true, weightDecay: 1e-3),
        ["rmsprop"] = () => new RmsProp<double>(0.01),
        ["adagrad"] = () => new Adagrad<double>(0.05, learningRateDecay: 0.1, initialAccumulatorValue: 0.1),
    };

    [Theory]
    [MemberData(nameof(OptimizersAndActivations))]
    public void StepCommutesWithNeuronPermutation(string optimizerName, Activation activation)
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create(Sizes, activation, bias: true, seed: 21);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 12, inputs: Sizes[0], outputs: Sizes[^1], seed: 22);
        var objective = new TrainingObjective(model, Loss.MeanSquaredError, data);
        Optimizer<double> direct = OptimizerVariants[optimizerName]();
        Optimizer<double> permuted = OptimizerVariants[optimizerName]();
        int[][] permutations = [[4, 0, 5, 2, 1, 3], [2, 4, 0, 3, 1]];
        double[] permutedParameters = (double[])model.Parameters.Clone();
        Permute(model.Architecture, permutedParameters, permutations);
        var gradient = new double[objective.ParameterCount];

        for (int step = 0; step < 4; step++)
        {
            objective.LossAndGradient(gradient);
            double[] permutedGradient = (double[])gradient.Clone();
            Permute(model.Architecture, permutedGradient, permutations);

            direct.Step(model.Parameters, gradient);
            permuted.Step(permutedParameters, permutedGradient);

            double[] restored = (double[])permutedParameters.Clone();
            Unpermute(model.Architecture, restored, permutations);
            Assert.Equal(model.Parameters, restored);
        }
    }

    [Theory]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.Gelu)]
    public void GradientIsPermutationEquivariant(Activation activation)
    {
        // The permuted network sums over its hidden neurons in another order, so the two gradients agree to rounding, not bitwise.
        MultilayerPerceptron<double> model = RandomNetworks.Create(Sizes, activation, bias: true, seed: 31);
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: 10, inputs: Sizes[0], outputs: Sizes[^1], seed: 32);
        int[][] permutations = [[1, 2, 3, 4, 5, 0], [4, 3, 2, 1, 0]];
        MultilayerPerceptron<double> permutedModel = model.Clone();
        Permute(model.Architecture, permutedModel.Parameters, permutations);
        var gradient = new double[model.Parameters.Length];
        var permutedGradient = new double[model.Parameters.Length];

        double loss = new TrainingObjective(model, Loss.CrossEntropy, data).LossAndGradient(gradient);
        double permutedLoss = new TrainingObjective(permutedModel, Loss.CrossEntropy, data).LossAndGradient(permutedGradient);
        Unpermute(model.Architecture, permutedGradient, permutations);

        Assert.Equal(loss, permutedLoss, 1e-14);
        for (int i = 0; i < gradient.Length; i++)
            Assert.Equal(gradient[i], permutedGradient[i], 1e-14);
    }

    private static void Permute(MlpArchitecture architecture, double[] values, int[][] permutations)
    {
        for (int h = 0; h < permutations.Length; h++)
            NeuronPermutation.Apply(architecture, values.AsSpan(), h, permutations[h]);
    }

    private static void Unpermute(MlpArchitecture architecture, double[] values, int[][] permutations)
    {
        for (int h = 0; h < permutations.Length; h++)
            NeuronPermutation.Apply(architecture, values.AsSpan(), h, NeuronPermutation.Invert(permutations[h]));
    }
}
