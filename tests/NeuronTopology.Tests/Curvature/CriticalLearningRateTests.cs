using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

public class CriticalLearningRateTests
{
    [Fact]
    public void FromSharpness_HandlesSignAndNaN()
    {
        Assert.Equal(0.25, CriticalLearningRate.FromSharpness(4));
        Assert.Equal(double.PositiveInfinity, CriticalLearningRate.FromSharpness(0));
        Assert.Equal(double.PositiveInfinity, CriticalLearningRate.FromSharpness(-1));
        Assert.True(double.IsNaN(CriticalLearningRate.FromSharpness(double.NaN)));
    }

    [Fact]
    public void EdgeOfStability_GradientDescentAndMomentum()
    {
        Assert.Equal(40.0, CriticalLearningRate.EdgeOfStabilityThreshold(0.05), 1e-12);
        Assert.Equal(38.0, CriticalLearningRate.EdgeOfStabilityThreshold(0.1, 0.9), 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>("momentum", () => CriticalLearningRate.EdgeOfStabilityThreshold(0.1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("learningRate", () => CriticalLearningRate.EdgeOfStabilityThreshold(0));
    }

    [Fact]
    public void AdaptiveEdgeOfStability_AdamDefault_Is38OverEta()
    {
        Assert.Equal(38.0 / 0.01, CriticalLearningRate.AdaptiveEdgeOfStabilityThreshold(0.01), 1e-9);
        Assert.Equal(2.0 / 0.01, CriticalLearningRate.AdaptiveEdgeOfStabilityThreshold(0.01, 0), 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>("beta1", () => CriticalLearningRate.AdaptiveEdgeOfStabilityThreshold(0.01, 1));
    }

    [Fact]
    public void FirstBreakdownStep_FindsFirstEtaKAtLeastOne()
    {
        (long, double)[] series = [(0, 5), (10, double.NaN), (20, 9.99), (30, 10), (40, 12)];

        Assert.Equal(30, CriticalLearningRate.FirstBreakdownStep(series, 0.1));
        Assert.Null(CriticalLearningRate.FirstBreakdownStep(series, 0.01));
    }

    [Fact]
    public void FirstBreakdown_UsesEachLearningRate()
    {
        CurvatureMeasurement[] log = [new(0, 10, 0.05), new(1, 10, 0.09), new(2, 10, 0.1), new(3, 10, 0.2)];

        Assert.Equal(2, CriticalLearningRate.FirstBreakdown(log)!.Step);
    }

    [Fact]
    public void Measurement_DerivedQuantities()
    {
        var measurement = new CurvatureMeasurement(step: 100, sharpness: 8, learningRate: 0.05, momentum: 0.9);

        Assert.Equal(0.125, measurement.CriticalRate);
        Assert.Equal(0.4, measurement.EtaK, 1e-15);
        Assert.Equal(0.6, measurement.ContractionBound, 1e-15);
        Assert.Equal(76.0, measurement.EdgeOfStabilityThreshold, 1e-12);
        Assert.True(measurement.IsTopologyPreserving);
        Assert.False(new CurvatureMeasurement(0, 20, 0.05).IsTopologyPreserving);
        Assert.False(new CurvatureMeasurement(0, double.NaN, 0.05).IsTopologyPreserving);
    }
}
