using NeuronTopology.Training;
using Xunit;

namespace NeuronTopology.Tests.Training;

/// <summary>Hand-checked first steps, state checkpoints and preconditioners of each optimizer.</summary>
public class OptimizerTests
{
    private static readonly double[] Gradient = [0.5, -2.0, 0.0, 4.0];

    [Fact]
    public void SgdFirstStepIsLearningRateTimesGradient()
    {
        double[] theta = [1.0, 1.0, 1.0, 1.0];

        new Sgd<double>(0.1).Step(theta, Gradient);

        Assert.Equal([0.95, 1.2, 1.0, 0.6], theta);
    }

    [Fact]
    public void SgdWeightDecayAddsLambdaTheta()
    {
        double[] theta = [2.0];

        new Sgd<double>(0.5, weightDecay: 0.1).Step(theta, [1.0]);

        Assert.Equal(2.0 - 0.5 * (1.0 + 0.2), theta[0], 1e-15);
    }

    [Fact]
    public void MomentumSkipsDampeningOnFirstStep()
    {
        double[] theta = [0.0];
        var sgd = new Sgd<double>(1.0, momentum: 0.9, dampening: 0.5);

        sgd.Step(theta, [1.0]);
        Assert.Equal(-1.0, theta[0]);

        sgd.Step(theta, [1.0]);
        Assert.Equal(-1.0 - (0.9 + 0.5), theta[0], 1e-15);
    }

    [Fact]
    public void NesterovLooksAhead()
    {
        double[] theta = [0.0];
        var sgd = new Sgd<double>(1.0, momentum: 0.9, nesterov: true);

        sgd.Step(theta, [1.0]);
        Assert.Equal(-1.9, theta[0], 1e-15);

        sgd.Step(theta, [1.0]);
        Assert.Equal(-1.9 - (1.0 + 0.9 * 1.9), theta[0], 1e-15);
    }

    [Fact]
    public void AdamFirstStepIsNormalizedGradient()
    {
        double[] theta = [0.0, 0.0, 0.0, 0.0];
        var adam = new Adam<double>(0.1);

        adam.Step(theta, Gradient);

        for (int i = 0; i < theta.Length; i++)
            Assert.Equal(-0.1 * Gradient[i] / (Math.Abs(Gradient[i]) + 1e-8), theta[i], 1e-15);
        var preconditioner = new double[4];
        adam.GetPreconditioner(preconditioner);
        for (int i = 0; i < theta.Length; i++)
            Assert.Equal(Math.Abs(Gradient[i]) + 1e-8, preconditioner[i], 1e-15);
    }

    [Fact]
    public void AdamWDecaysWeightsBeforeTheUpdate()
    {
        double[] theta = [3.0];

        new AdamW<double>(0.1, weightDecay: 0.5).Step(theta, [2.0]);

        Assert.Equal(3.0 * (1 - 0.05) - 0.1 * 2.0 / (2.0 + 1e-8), theta[0], 1e-15);
    }

    [Fact]
    public void RmsPropFirstStepDividesBySmoothedMagnitude()
    {
        double[] theta = [0.0];
        var rmsprop = new RmsProp<double>(0.01);

        rmsprop.Step(theta, [2.0]);

        double denominator = Math.Sqrt(0.01 * 4.0) + 1e-8;
        Assert.Equal(-0.01 * 2.0 / denominator, theta[0], 1e-15);
        var preconditioner = new double[1];
        rmsprop.GetPreconditioner(preconditioner);
        Assert.Equal(denominator, preconditioner[0], 1e-15);
    }

    [Fact]
    public void AdagradDecaysLearningRatePerStep()
    {
        double[] theta = [0.0];
        var adagrad = new Adagrad<double>(1.0, learningRateDecay: 0.5);

        adagrad.Step(theta, [3.0]);
        Assert.Equal(-3.0 / (3.0 + 1e-10), theta[0], 1e-15);

        adagrad.Step(theta, [4.0]);
        Assert.Equal(-3.0 / (3.0 + 1e-10) - (1.0 / 1.5) * 4.0 / (5.0 + 1e-10), theta[0], 1e-15);
        var preconditioner = new double[1];
        adagrad.GetPreconditioner(preconditioner);
        Assert.Equal((5.0 + 1e-10) * 2.0, preconditioner[0], 1e-15);
    }

    [Fact]
    public void AdamHasNoPreconditionerBeforeFirstStep()
    {
        Assert.Throws<InvalidOperationException>(() => new Adam<double>().GetPreconditioner(new double[1]));
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (string name in OptimizerFactory.Names)
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RestoredStateContinuesIdentically(string name)
    {
        Optimizer<double> original = OptimizerFactory.Create<double>(name, 0.05);
        double[] theta = RandomNetworks.Vector(20, seed: 1);
        for (int step = 0; step < 3; step++)
            original.Step(theta, RandomNetworks.Vector(20, seed: 10 + step));
        OptimizerState<double> state = original.SaveState();
        double[] resumedTheta = (double[])theta.Clone();
        Optimizer<double> resumed = OptimizerFactory.Create<double>(name, 0.05);
        resumed.LoadState(state);

        for (int step = 3; step < 6; step++)
        {
            double[] gradient = RandomNetworks.Vector(20, seed: 10 + step);
            original.Step(theta, gradient);
            resumed.Step(resumedTheta, gradient);
        }

        Assert.Equal(theta, resumedTheta);
        Assert.Equal(6, resumed.StepCount);
    }

    [Fact]
    public void LoadStateRejectsAnotherOptimizersState()
    {
        var adam = new Adam<double>();
        adam.Step(new double[2], [1.0, 1.0]);

        var error = Assert.Throws<ArgumentException>(() => new RmsProp<double>().LoadState(adam.SaveState()));
        Assert.Contains("'adam'", error.Message);
    }

    [Fact]
    public void StepRejectsChangedParameterCount()
    {
        var sgd = new Sgd<double>(0.1);
        sgd.Step(new double[3], new double[3]);

        Assert.Throws<ArgumentException>(() => sgd.Step(new double[4], new double[4]));
        Assert.Throws<ArgumentException>(() => sgd.Step(new double[3], new double[2]));
    }

    [Fact]
    public void HyperparametersAreValidated()
    {
        AssertNamed("learningRate", () => new Sgd<double>(-0.1));
        AssertNamed("learningRate", () => new Adam<double>(double.NaN));
        AssertNamed("momentum", () => new Sgd<double>(0.1, momentum: -0.9));
        AssertNamed("dampening", () => new Sgd<double>(0.1, momentum: 0.9, dampening: 1.5));
        AssertNamed("beta1", () => new Adam<double>(beta1: 1.0));
        AssertNamed("beta2", () => new AdamW<double>(beta2: -0.1));
        AssertNamed("epsilon", () => new Adam<double>(epsilon: double.PositiveInfinity));
        AssertNamed("weightDecay", () => new AdamW<double>(weightDecay: -1.0));
        AssertNamed("alpha", () => new RmsProp<double>(alpha: -0.5));
        AssertNamed("learningRateDecay", () => new Adagrad<double>(learningRateDecay: -1.0));
        AssertNamed("initialAccumulatorValue", () => new Adagrad<double>(initialAccumulatorValue: -1.0));
        AssertNamed("LearningRate", () => new Sgd<double>(0.1).LearningRate = -1.0);

        var nesterovWithoutMomentum = Assert.Throws<ArgumentException>(() => new Sgd<double>(0.1, nesterov: true));
        Assert.Contains("momentum = 0", nesterovWithoutMomentum.Message);
        var nesterovWithDampening = Assert.Throws<ArgumentException>(() => new Sgd<double>(0.1, momentum: 0.9, dampening: 0.1, nesterov: true));
        Assert.Contains("dampening = 0.1", nesterovWithDampening.Message);
        Assert.Throws<ArgumentException>(() => OptimizerFactory.Create<double>("lbfgs", 0.1));
    }

    [Fact]
    public void FloatOptimizerTracksDouble()
    {
        double[] theta = RandomNetworks.Vector(8, seed: 3);
        float[] thetaFloat = theta.Select(t => (float)t).ToArray();
        var adam = new Adam<double>(0.01);
        var adamFloat = new Adam<float>(0.01);

        for (int step = 0; step < 5; step++)
        {
            double[] gradient = RandomNetworks.Vector(8, seed: 40 + step);
            adam.Step(theta, gradient);
            adamFloat.Step(thetaFloat, gradient.Select(g => (float)g).ToArray());
        }

        for (int i = 0; i < theta.Length; i++)
            Assert.Equal(theta[i], thetaFloat[i], 1e-5);
    }

    private static void AssertNamed(string parameter, Action action)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(parameter, error.ParamName);
    }
}
