using NeuronTopology.Experiments;
using Xunit;

namespace NeuronTopology.Tests.Experiments;

public class ExperimentSpecReaderTests
{
    private const string Minimal = """
        {
          "name": "tiny",
          "model": { "layerSizes": [1, 16, 1], "activation": "sigmoid" },
          "data": { "kind": "teacher-1d" },
          "initialShape": { "kind": "figure-eight" },
          "loss": "mse",
          "optimizer": { "kind": "sgd", "learningRate": 0.01 },
          "epochs": 2,
          "batchSize": 32
        }
        """;

    [Fact]
    public void MinimalSpecGetsDefaults()
    {
        ExperimentSpec spec = ExperimentSpecReader.Parse(Minimal, "tiny.json");

        Assert.Equal("tiny", spec.Name);
        Assert.Equal([1, 16, 1], spec.Model.LayerSizes);
        Assert.False(spec.Model.Bias);
        Assert.Equal(5000, spec.Data.Samples);
        Assert.Equal(0.7, spec.Data.TrainFraction);
        Assert.Equal("constant", spec.Schedule.Kind);
        Assert.Equal("float64", spec.Precision);
        Assert.Equal(0UL, spec.Seed);
        Assert.Equal(0, spec.Record.MeasureEvery);
        Assert.True(spec.Record.Topology);
    }

    [Fact]
    public void EveryPresetRoundTrips()
    {
        foreach (ExperimentSpec preset in Presets.All)
        {
            string json = ExperimentSpecWriter.ToJson(preset);
            ExperimentSpec read = ExperimentSpecReader.Parse(json, preset.Name);
            Assert.Equal(json, ExperimentSpecWriter.ToJson(read));
        }
    }

    [Theory]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2, \"epoch\": 3,", "$.epoch", "unknown field")]
    [InlineData("\"activation\": \"sigmoid\"", "\"activation\": \"sigmoid\", \"dropout\": 0.5", "$.model.dropout", "unknown field")]
    [InlineData("\"learningRate\": 0.01", "\"learningRate\": -0.01", "$.optimizer.learningRate", "expected a number > 0")]
    [InlineData("\"learningRate\": 0.01", "\"learningRate\": \"fast\"", "$.optimizer.learningRate", "expected a number")]
    [InlineData("\"kind\": \"sgd\"", "\"kind\": \"lion\"", "$.optimizer.kind", "expected one of sgd, momentum")]
    [InlineData("\"batchSize\": 32", "\"batchSize\": 0", "$.batchSize", "0 is out of range; expected an integer from 1 to 2147483647")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 1099511627776,", "$.epochs", "1099511627776 is out of range; expected an integer from 1 to 2147483647")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 1e400,", "$.epochs", "1e400 is out of range; expected an integer from 1 to 2147483647")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2.5,", "$.epochs", "expected an integer from 1 to 2147483647, found the number 2.5")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2, \"seed\": 18446744073709551616,", "$.seed", "18446744073709551616 is out of range; expected an integer from 0 to 18446744073709551615")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2, \"seed\": -1,", "$.seed", "-1 is out of range; expected an integer from 0 to 18446744073709551615")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2, \"description\": \"first\\nsecond\",", "$.description", "has a line break after \"first\"; expected one line of text")]
    [InlineData("\"epochs\": 2,", "\"epochs\": 2, \"description\": \"first\\r\",", "$.description", "expected one line of text")]
    [InlineData("\"epochs\": 2,", "", "$.epochs", "missing required field")]
    [InlineData("[1, 16, 1]", "[1, 16, 2]", "$.model.layerSizes", "expected layer sizes [1, ..., 1]")]
    [InlineData("[1, 16, 1]", "[1, -4, 1]", "$.model.layerSizes[1]", "-4 is out of range; expected an integer from 1 to 2147483647")]
    [InlineData("\"loss\": \"mse\"", "\"loss\": \"cross-entropy\"", "$.loss", "needs class labels")]
    [InlineData("\"figure-eight\"", "\"double-torus\"", "$.initialShape.kind", "[2, hidden, 1]")]
    [InlineData("\"figure-eight\" }", "\"from-file\" }", "$.initialShape.path", "missing required field")]
    public void InvalidFieldIsNamedByPath(string original, string replacement, string path, string expected)
    {
        string json = Minimal.Replace(original, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);

        var exception = Assert.Throws<ExperimentSpecException>(() => ExperimentSpecReader.Parse(json, "tiny.json"));

        Assert.Equal(path, exception.JsonPath);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith($"tiny.json: {path}: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidJsonNamesTheLine()
    {
        var exception = Assert.Throws<ExperimentSpecException>(() => ExperimentSpecReader.Parse("{\n \"name\": \"x\",\n }", "bad.json"));

        Assert.Contains("invalid JSON", exception.Message, StringComparison.Ordinal);
        Assert.Equal("line 3", exception.JsonPath);
    }

    [Fact]
    public void RootMustBeObject()
    {
        var exception = Assert.Throws<ExperimentSpecException>(() => ExperimentSpecReader.Parse("[1, 2]", "list.json"));

        Assert.Equal("$", exception.JsonPath);
        Assert.Contains("expected an object, found an array", exception.Message, StringComparison.Ordinal);
    }
}
