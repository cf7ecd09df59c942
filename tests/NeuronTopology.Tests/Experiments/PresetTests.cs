using NeuronTopology.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class PresetTests
{
    [Fact]
    public void PresetNamesMatchTheCodeRelease()
    {
        string[] expected =
        [
            "figure8-gd-0.0025", "figure8-gd-0.003", "circles-gd-0.0025", "circles-gd-0.003",
            "circles-adam-1e-4", "circles-adam-1e-2", "figure8-momentum-0.0045", "figure8-momentum-0.0005",
            "doubletorus-gd-0.0009", "doubletorus-gd-0.0008", "doubletorus-adam-0.03", "doubletorus-adam-0.1",
            "doubletorus-momentum-0.001", "doubletorus-momentum-0.00125",
            "mnist-gd-0.01", "mnist-gd-0.5", "mnist-adam-1e-5", "mnist-adam-1e-3",
        ];

        Assert.Equal(expected, Presets.All.Select(spec => spec.Name));
    }

    [Theory]
    [InlineData("figure8-gd-0.003", "figure-eight", "sgd", 0.003, 100, 1024)]
    [InlineData("circles-adam-1e-4", "two-circles", "adam", 1e-4, 40, 1024)]
    [InlineData("figure8-momentum-0.0045", "figure-eight", "momentum", 0.0045, 50, 1024)]
    [InlineData("doubletorus-momentum-0.00125", "double-torus", "momentum", 0.00125, 20, 4096)]
    [InlineData("mnist-adam-1e-5", "sphere-794", "adam", 1e-5, 40, 1024)]
    [InlineData("mnist-gd-0.5", "sphere-794", "sgd", 0.5, 20, 1024)]
    public void PresetCarriesPaperSettings(string name, string shape, string optimizer, double learningRate, int epochs, int hidden)
    {
        ExperimentSpec spec = Presets.Find(name)!;

        Assert.Equal(shape, spec.InitialShape.Kind);
        Assert.Equal(optimizer, spec.Optimizer.Kind);
        Assert.Equal(learningRate, spec.Optimizer.LearningRate);
        Assert.Equal(epochs, spec.Epochs);
        Assert.Equal(hidden, spec.Model.LayerSizes[1]);
        Assert.Equal("sigmoid", spec.Model.Activation);
        Assert.False(spec.Model.Bias);
        Assert.Equal(2333UL, spec.Seed);
    }

    [Fact]
    public void MomentumPresetsUseMomentumPointNine()
    {
        foreach (ExperimentSpec spec in Presets.All.Where(spec => spec.Optimizer.Kind == "momentum"))
            Assert.Equal(0.9, spec.Optimizer.Momentum);
    }

    [Fact]
    public void UnknownPresetSuggestsListing()
    {
        var exception = Assert.Throws<UnknownExperimentException>(() => ExperimentSource.Resolve("figure9-gd-0.1"));

        Assert.Contains("ntopo presets", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesRenameTheSpec()
    {
        ExperimentSpec spec = new SpecOverrides { LearningRate = 0.004, Epochs = 5, Seed = 7 }.ApplyTo(Presets.Find("figure8-gd-0.003")!);

        Assert.Equal("figure8-gd-0.003-lr0.004-e5-s7", spec.Name);
        Assert.Equal(0.004, spec.Optimizer.LearningRate);
        Assert.Equal(5, spec.Epochs);
        Assert.Equal(7UL, spec.Seed);
    }
}
