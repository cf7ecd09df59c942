using Xunit;
using NeuronTopology.IO;
using NeuronTopology.Training.Data;

namespace NeuronTopology.Tests.Training.Data;

public class MnistDatasetTests
{
    private static void WriteSet(IdxTestFiles files, string prefix, int count, bool compressed, byte[]? labels = null)
    {
        byte[] images = IdxTestFiles.Images(count, 28, 28, i => (byte)(i % 256));
        byte[] labelFile = IdxTestFiles.Labels(labels ?? Enumerable.Range(0, count).Select(i => (byte)(i % 10)).ToArray());
        string suffix = compressed ? ".gz" : "";
        files.Write($"{prefix}-images-idx3-ubyte{suffix}", compressed ? IdxTestFiles.Gzip(images) : images);
        files.Write($"{prefix}-labels-idx1-ubyte{suffix}", compressed ? IdxTestFiles.Gzip(labelFile) : labelFile);
    }

    [Fact]
    public void Normalize_MatchesPaperConstants()
    {
        Assert.Equal(-0.1307 / 0.3081, MnistDataset.Normalize(0), 15);
        Assert.Equal((1 - 0.1307) / 0.3081, MnistDataset.Normalize(255), 15);
        Assert.Equal((128 / 255.0 - 0.1307) / 0.3081, MnistDataset.Normalize(128), 15);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Load_FindsRawOrGzipFiles(bool compressed)
    {
        using var files = new IdxTestFiles();
        WriteSet(files, "train", 12, compressed);
        WriteSet(files, "t10k", 5, !compressed);

        DatasetSplit split = MnistDataset.Load(files.Directory);

        Assert.Equal(12, split.Train.Count);
        Assert.Equal(5, split.Test.Count);
        Assert.Equal(784, split.Train.InputDimension);
        Assert.Equal(10, split.Train.OutputDimension);
        Assert.True(split.Train.IsClassification);
        Assert.Equal([0, 1, 2, 3, 4], split.Test.Labels!);
        // Pixel j of image i was written as (784·i + j) mod 256.
        for (int j = 0; j < 784; j++)
            Assert.Equal(MnistDataset.Normalize((byte)((784 + j) % 256)), split.Train.Inputs[1, j]);
    }

    [Fact]
    public void Load_MissingDirectory_SaysHowToGetData()
    {
        string missing = Path.Combine(Path.GetTempPath(), "ntopo-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<DatasetNotFoundException>(() => MnistDataset.Load(missing));

        Assert.Equal(missing, exception.Directory);
        Assert.Contains("does not exist", exception.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", exception.Message);
        Assert.Contains("--data DIR", exception.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        using var files = new IdxTestFiles();
        WriteSet(files, "train", 3, false);

        var exception = Assert.Throws<DatasetNotFoundException>(() => MnistDataset.Load(files.Directory));

        Assert.Contains("t10k-images-idx3-ubyte.gz", exception.Message);
    }

    [Fact]
    public void Load_CountMismatch_NamesBothFiles()
    {
        using var files = new IdxTestFiles();
        string images = files.Write("images", IdxTestFiles.Images(3, 28, 28, _ => 0));
        string labels = files.Write("labels", IdxTestFiles.Labels([1, 2]));

        var exception = Assert.Throws<InputFormatException>(() => MnistDataset.Load(images, labels));

        Assert.Equal(labels, exception.Source);
        Assert.Contains("2 labels", exception.Message);
        Assert.Contains("3 images", exception.Message);
    }

    [Fact]
    public void Load_LabelOutOfRange_Throws()
    {
        using var files = new IdxTestFiles();
        string images = files.Write("images", IdxTestFiles.Images(3, 28, 28, _ => 0));
        string labels = files.Write("labels", IdxTestFiles.Labels([1, 10, 2]));

        var exception = Assert.Throws<InputFormatException>(() => MnistDataset.Load(images, labels));

        Assert.Equal(labels, exception.Source);
        Assert.Contains("label 1 is 10", exception.Message);
        Assert.Contains("0..9", exception.Message);
    }

    [Fact]
    public void Load_WrongImageSize_Throws()
    {
        using var files = new IdxTestFiles();
        string images = files.Write("images", IdxTestFiles.Images(2, 27, 28, _ => 0));
        string labels = files.Write("labels", IdxTestFiles.Labels([1, 2]));

        var exception = Assert.Throws<InputFormatException>(() => MnistDataset.Load(images, labels));

        Assert.Equal(images, exception.Source);
        Assert.Contains("27 × 28", exception.Message);
        Assert.Contains("expected 28 × 28", exception.Message);
    }

    [FashionMnistFact]
    public void Load_RealFashionMnist()
    {
        DatasetSplit split = MnistDataset.Load(MnistDataset.DebianFashionMnistDirectory);

        Assert.Equal(60_000, split.Train.Count);
        Assert.Equal(10_000, split.Test.Count);
        Assert.Equal(784, split.Train.InputDimension);

        // Fashion-MNIST is balanced: 6000 training and 1000 test images per class.
        Assert.All(split.Train.Labels!.CountBy(label => label), pair => Assert.Equal(6000, pair.Value));
        Assert.All(split.Test.Labels!.CountBy(label => label), pair => Assert.Equal(1000, pair.Value));

        double minimum = split.Train.Inputs.Data.Min();
        double maximum = split.Train.Inputs.Data.Max();
        Assert.Equal(MnistDataset.Normalize(0), minimum);
        Assert.Equal(MnistDataset.Normalize(255), maximum);
    }
}

/// <summary>A fact that is skipped when Debian's Fashion-MNIST package is not installed.</summary>
public sealed class FashionMnistFactAttribute : FactAttribute
{
    public FashionMnistFactAttribute()
    {
        if (!File.Exists(Path.Combine(MnistDataset.DebianFashionMnistDirectory, "train-images-idx3-ubyte.gz")))
            Skip = $"Fashion-MNIST is not installed in {MnistDataset.DebianFashionMnistDirectory} (apt-get install dataset-fashion-mnist).";
    }
}
