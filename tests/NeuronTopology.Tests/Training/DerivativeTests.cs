using NeuronTopology.Numerics;
using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Gradients and Hessian-vector products against central finite differences on small random networks.</summary>
public class DerivativeTests
{
    private static readonly int[] Sizes = [3, 5, 4, 2];

    public static TheoryData<Activation, bool, string> Networks()
    {
        var data = new TheoryData<Activation, bool, string>();
        foreach (Activation activation in Enum.GetValues<Activation>())
        {
            foreach (bool bias in new[] { false, true })
            {
                data.Add(activation, bias, "mse");
                data.Add(activation, bias, "ce");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void GradientMatchesFiniteDifferences(Activation activation, bool bias, string lossName)
    {
        TrainingObjective objective = CreateObjective(activation, bias, lossName);
        var gradient = new double[objective.ParameterCount];
        objective.LossAndGradient(gradient);
        double[] theta = objective.Model.Parameters;
        const double h = 1e-5;

        for (int i = 0; i < theta.Length; i++)
        {
            double saved = theta[i];
            theta[i] = saved + h;
            double plus = objective.Loss();
            theta[i] = saved - h;
            double minus = objective.Loss();
            theta[i] = saved;
            double numeric = (plus - minus) / (2 * h);

            Assert.True(Math.Abs(numeric - gradient[i]) <= 1e-7 * Math.Max(1.0, Math.Abs(numeric)), $"parameter {i}: analytic {gradient[i]:R}, finite difference {numeric:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void HessianVectorProductMatchesGradientDifferences(Activation activation, bool bias, string lossName)
    {
        TrainingObjective objective = CreateObjective(activation, bias, lossName);
        int n = objective.ParameterCount;
        double[] v = RandomNetworks.Vector(n, seed: 7);
        var hv = new double[n];
        objective.HessianVectorProduct(v, hv);

        double[] theta = (double[])objective.Model.Parameters.Clone();
        const double h = 1e-5;
        var plus = new double[n];
        var minus = new double[n];
        objective.SetParameters(theta.Select((t, i) => t + h * v[i]).ToArray());
        objective.LossAndGradient(plus);
        objective.SetParameters(theta.Select((t, i) => t - h * v[i]).ToArray());
        objective.LossAndGradient(minus);
        objective.SetParameters(theta);

        double scale = Math.Max(1.0, hv.Max(Math.Abs));
        for (int i = 0; i < n; i++)
        {
            double numeric = (plus[i] - minus[i]) / (2 * h);
            Assert.True(Math.Abs(numeric - hv[i]) <= 1e-6 * scale, $"entry {i}: R-operator {hv[i]:R}, finite difference {numeric:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void HessianIsSymmetric(Activation activation, bool bias, string lossName)
    {
        TrainingObjective objective = CreateObjective(activation, bias, lossName);
        int n = objective.ParameterCount;
        double[] u = RandomNetworks.Vector(n, seed: 11);
        double[] v = RandomNetworks.Vector(n, seed: 12);
        var hu = new double[n];
        var hv = new double[n];

        objective.HessianVectorProduct(u, hu);
        objective.HessianVectorProduct(v, hv);

        double uHv = u.Zip(hv, (a, b) => a * b).Sum();
        double vHu = v.Zip(hu, (a, b) => a * b).Sum();
        Assert.True(Math.Abs(uHv - vHu) <= 1e-12 * Math.Max(1.0, Math.Abs(uHv)), $"u·Hv = {uHv:R}, v·Hu = {vHu:R}");
    }

    [Fact]
    public void ThreadCountChangesOnlyRounding()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([4, 16, 3], Activation.Tanh, bias: true, seed: 5);
        SupervisedData<double> data = RandomNetworks.Data(Loss.CrossEntropy, rows: 1000, inputs: 4, outputs: 3, seed: 6);
        var single = new TrainingObjective(model, Loss.CrossEntropy, data, threads: 1);
        var triple = new TrainingObjective(model, Loss.CrossEntropy, data, threads: 3);
        var tripleAgain = new TrainingObjective(model, Loss.CrossEntropy, data, threads: 3);
        double[] v = RandomNetworks.Vector(single.ParameterCount, seed: 8);
        var h1 = new double[v.Length];
        var h3 = new double[v.Length];
        var h3Again = new double[v.Length];

        single.HessianVectorProduct(v, h1);
        triple.HessianVectorProduct(v, h3);
        tripleAgain.HessianVectorProduct(v, h3Again);

        Assert.Equal(h3, h3Again);
        double scale = h1.Max(Math.Abs);
        for (int i = 0; i < v.Length; i++)
            Assert.True(Math.Abs(h1[i] - h3[i]) <= 1e-13 * scale, $"entry {i}: 1 thread {h1[i]:R}, 3 threads {h3[i]:R}");
        Assert.Equal(single.Loss(), triple.Loss(), 1e-14);
    }

    [Fact]
    public void SubsetObjectiveUsesOnlyItsRows()
    {
        MultilayerPerceptron<double> model = RandomNetworks.Create([2, 6, 1], Activation.Sigmoid, bias: false, seed: 1);
        SupervisedData<double> data = RandomNetworks.Data(Loss.MeanSquaredError, rows: 10, inputs: 2, outputs: 1, seed: 2);
        var subset = new TrainingObjective(model, Loss.MeanSquaredError, data, rows: [3, 7]);
        Matrix<double> outputs = model.Predict(data.Inputs);

        double expected = (Math.Pow(outputs[3, 0] - data.Targets![3, 0], 2) + Math.Pow(outputs[7, 0] - data.Targets[7, 0], 2)) / 2;

        Assert.Equal(expected, subset.Loss(), 1e-15);
        Assert.Equal(2, subset.RowCount);
    }

    [Fact]
    public void CrossEntropyIsStableForLargeLogits()
    {
        var architecture = new MlpArchitecture([1, 2], Activation.Identity, bias: true);
        // Logits z = (1000·x, −1000·x). For x = 1 and label 1 the loss is 2000 and the gradient is finite.
        var model = new MultilayerPerceptron<double>(architecture, [1000.0, -1000.0, 0.0, 0.0]);
        var data = SupervisedData<double>.WithLabels(new Matrix<double>(1, 1, [1.0]), [1]);
        var objective = new TrainingObjective(model, Loss.CrossEntropy, data);
        var gradient = new double[4];

        double loss = objective.LossAndGradient(gradient);

        Assert.Equal(2000.0, loss, 1e-9);
        Assert.Equal([1.0, -1.0, 1.0, -1.0], gradient);
    }

    [Fact]
    public void MeanSquaredErrorAveragesOverAllElements()
    {
        var architecture = new MlpArchitecture([1, 2], Activation.Identity, bias: false);
        var model = new MultilayerPerceptron<double>(architecture, [1.0, 2.0]);
        // Outputs (1, 2) and (3, 6) against zero targets: (1 + 4 + 9 + 36) / 4 = 12.5.
        var data = SupervisedData<double>.WithTargets(new Matrix<double>(2, 1, [1.0, 3.0]), new Matrix<double>(2, 2));

        Assert.Equal(12.5, new TrainingObjective(model, Loss.MeanSquaredError, data).Loss());
    }

    private static TrainingObjective CreateObjective(Activation activation, bool bias, string lossName)
    {
        Loss loss = Loss.FromName(lossName);
        MultilayerPerceptron<double> model = RandomNetworks.Create(Sizes, activation, bias, seed: 3);
        SupervisedData<double> data = RandomNetworks.Data(loss, rows: 9, inputs: Sizes[0], outputs: Sizes[^1], seed: 4);
        return new TrainingObjective(model, loss, data);
    }
}
