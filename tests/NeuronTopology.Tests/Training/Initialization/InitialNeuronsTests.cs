using NeuronTopology.Geometry;
using NeuronTopology.IO;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

public class InitialNeuronsTests
{
    [Fact]
    public void TwoCircles_MatchesAuthorsFirstStep()
    {
        // The authors' code, two-circle start, Adam at learning rate 1e-4, after its first step: Adam's first
        // update moves each weight by at most about the learning rate, and the release computes in float32.
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "paper_runs", "circles-adam-1e-4.first.npy");
        PointCloud authors = NpyFile.ReadPointCloud(path);
        PointCloud ours = TwoCirclesShape.Create(1024);

        Assert.Equal(ours.Count, authors.Count);
        Assert.Equal(ours.Dimension, authors.Dimension);
        for (int i = 0; i < ours.Coordinates.Length; i++)
            Assert.True(Math.Abs(ours.Coordinates[i] - authors.Coordinates[i]) <= 1.05e-4, $"coordinate {i}: ours {ours.Coordinates[i]}, authors' {authors.Coordinates[i]}");
    }

    [Theory]
    [InlineData("pytorch-default", InitialNeuronShape.PyTorchDefault)]
    [InlineData("Figure-Eight", InitialNeuronShape.FigureEight)]
    [InlineData("two-circles", InitialNeuronShape.TwoCircles)]
    [InlineData("double-torus", InitialNeuronShape.SolidDoubleTorus)]
    [InlineData("sphere-794", InitialNeuronShape.EmbeddedSphere)]
    [InlineData("from-file", InitialNeuronShape.FromFile)]
    public void Parse_KnownNames(string name, InitialNeuronShape expected)
    {
        Assert.Equal(expected, InitialNeurons.Parse(name));
        Assert.Equal(name.ToLowerInvariant(), InitialNeurons.NameOf(expected));
    }

    [Fact]
    public void Parse_UnknownName_ListsChoices()
    {
        var exception = Assert.Throws<ArgumentException>(() => InitialNeurons.Parse("torus"));
        Assert.Contains("figure-eight", exception.Message);
    }

    [Fact]
    public void CreateParameters_PlacesShapeNeurons()
    {
        var layout = new TwoLayerNeuronLayout(1, 1024, 1, HasBias: false);
        double[] parameters = InitialNeurons.CreateParameters(InitialNeuronShape.FigureEight, layout, seed: 9);
        PointCloud expected = FigureEightShape.Sample(1024, new Xoshiro256StarStar(9));

        Assert.Equal(expected.Coordinates, layout.ReadNeurons(parameters).Coordinates);
    }

    [Fact]
    public void CreateParameters_DoubleTorusAndSphereDimensions()
    {
        var torus = new TwoLayerNeuronLayout(2, 64, 1, HasBias: false);
        Assert.Equal(64 * 3, InitialNeurons.CreateParameters(InitialNeuronShape.SolidDoubleTorus, torus, seed: 1).Length);

        var mnist = new TwoLayerNeuronLayout(784, 32, 10, HasBias: false);
        double[] parameters = InitialNeurons.CreateParameters(InitialNeuronShape.EmbeddedSphere, mnist, seed: 1);
        PointCloud neurons = mnist.ReadNeurons(parameters);
        Assert.Equal(794, neurons.Dimension);
        double norm = Math.Sqrt(neurons[0].ToArray().Sum(x => x * x));
        Assert.Equal(1.0, norm, 1e-13);
    }

    [Fact]
    public void CreateParameters_MismatchedLayout_Throws()
    {
        var layout = new TwoLayerNeuronLayout(2, 16, 1, HasBias: true);
        var exception = Assert.Throws<ArgumentException>(() => InitialNeurons.CreateParameters(InitialNeuronShape.FigureEight, layout, seed: 1));

        Assert.Contains("1 input(s) and 1 output(s)", exception.Message);
        Assert.Contains("biases", exception.Message);
        Assert.Throws<ArgumentException>(() => InitialNeurons.CreateParameters(InitialNeuronShape.EmbeddedSphere, new TwoLayerNeuronLayout(1, 4, 1, false), seed: 1));
        Assert.Throws<ArgumentException>(() => InitialNeurons.CreateParameters(InitialNeuronShape.FromFile, layout, seed: 1));
    }

    [Fact]
    public void CreateParameters_PyTorchDefaultDrawsOutputBias()
    {
        var layout = new TwoLayerNeuronLayout(3, 4, 2, HasBias: true);
        double[] parameters = InitialNeurons.CreateParameters(InitialNeuronShape.PyTorchDefault, layout, seed: 4);

        Assert.Equal(layout.ParameterCount, parameters.Length);
        Assert.All(parameters[^2..], b => Assert.InRange(b, -0.5, 0.5));
        Assert.Contains(parameters[^2..], b => b != 0.0);
    }

    [Theory]
    [InlineData(".npy")]
    [InlineData(".csv")]
    public void FromFile_ReadsNpyAndCsv(string extension)
    {
        var layout = new TwoLayerNeuronLayout(1, 3, 1, HasBias: true);
        double[] rows = [0.5, -1, 2, 1.5, 0, -2, -0.25, 3, 1];
        string path = Path.Combine(Path.GetTempPath(), "ntopo-neurons-" + Guid.NewGuid().ToString("N") + extension);
        try
        {
            if (extension == ".npy")
                NpyFile.Write(path, rows, [3, 3]);
            else
                File.WriteAllText(path, "0.5,-1,2\n1.5,0,-2\n-0.25,3,1\n");

            double[] parameters = InitialNeurons.CreateParameters(InitialNeuronShape.FromFile, layout, seed: 0, path);

            // W1 = (0.5, 1.5, −0.25), b1 = (−1, 0, 3), W2 = (2, −2, 1), b2 = 0.
            Assert.Equal([0.5, 1.5, -0.25, -1, 0, 3, 2, -2, 1, 0], parameters);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromFile_WrongShape_NamesFileAndExpected()
    {
        var layout = new TwoLayerNeuronLayout(1, 3, 1, HasBias: false);
        string path = Path.Combine(Path.GetTempPath(), "ntopo-neurons-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            File.WriteAllText(path, "1,2\n3,4\n");
            var exception = Assert.Throws<InputFormatException>(() => InitialNeuronsFile.Read(path, layout));

            Assert.Equal(path, exception.Source);
            Assert.Contains("2 × 2", exception.Message);
            Assert.Contains("expected 3 × 2", exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
