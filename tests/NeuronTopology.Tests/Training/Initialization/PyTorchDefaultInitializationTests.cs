using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

public class PyTorchDefaultInitializationTests
{
    [Fact]
    public void Initialize_DrawsEachLayerWithinItsBound()
    {
        int[] sizes = [784, 1024, 10];
        double[] parameters = PyTorchDefaultInitialization.Initialize(sizes, bias: true, new Xoshiro256StarStar(2333));

        int firstCount = 784 * 1024 + 1024;
        Assert.Equal(firstCount + 1024 * 10 + 10, parameters.Length);

        double firstBound = 1 / Math.Sqrt(784);
        double secondBound = 1 / Math.Sqrt(1024);
        Assert.All(parameters[..firstCount], p => Assert.InRange(p, -firstBound, firstBound));
        Assert.All(parameters[firstCount..], p => Assert.InRange(p, -secondBound, secondBound));

        // U(−b, b) has variance b²/3; 803 840 draws pin the sample variance to about 0.3 %.
        double variance = parameters[..firstCount].Select(p => p * p).Average();
        Assert.Equal(firstBound * firstBound / 3, variance, firstBound * firstBound / 3 * 0.02);
        // The largest draws come close to the bound, so the bound is not too small.
        Assert.True(parameters[..firstCount].Max() > 0.99 * firstBound);
    }

    [Fact]
    public void Initialize_BiasFreeCountsAndSeeding()
    {
        double[] parameters = PyTorchDefaultInitialization.Initialize([1, 1024, 1], bias: false, new Xoshiro256StarStar(5));

        Assert.Equal(2048, parameters.Length);
        Assert.All(parameters[..1024], p => Assert.InRange(p, -1.0, 1.0));
        Assert.All(parameters[1024..], p => Assert.InRange(p, -1 / 32.0, 1 / 32.0));
        Assert.Equal(parameters, PyTorchDefaultInitialization.Initialize([1, 1024, 1], bias: false, new Xoshiro256StarStar(5)));
    }

    [Fact]
    public void Initialize_InvalidSizes_Throw()
    {
        Assert.Throws<ArgumentException>(() => PyTorchDefaultInitialization.Initialize([3], true, new Xoshiro256StarStar(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PyTorchDefaultInitialization.Initialize([3, 0, 1], true, new Xoshiro256StarStar(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PyTorchDefaultInitialization.Bound(0));
    }
}
