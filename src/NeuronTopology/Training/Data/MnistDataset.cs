using NeuronTopology.IO;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Data;

/// <summary>
/// Loader of MNIST and Fashion-MNIST from their four IDX files, raw or gzipped, as a classification
/// <see cref="Dataset"/> of 784 normalized pixels per image and 10 classes.
/// </summary>
/// <remarks>
/// Pixels are normalized as in the MNIST experiments of arXiv 2510.02670 (and PyTorch's usual MNIST transform):
/// x = (p / 255 − 0.1307) / 0.3081 for a byte p, so inputs lie in [−0.4242, 2.8215]. The same constants are
/// used for Fashion-MNIST. Images are flattened row by row.
/// </remarks>
public static class MnistDataset
{
    /// <summary>Where Debian's package <c>dataset-fashion-mnist</c> installs the four gzipped IDX files.</summary>
    public const string DebianFashionMnistDirectory = "/usr/share/datasets/fashion-mnist";

    /// <summary>Mean pixel intensity of MNIST's training set on the [0, 1] scale.</summary>
    public const double PixelMean = 0.1307;

    /// <summary>Standard deviation of MNIST's training pixels on the [0, 1] scale.</summary>
    public const double PixelStandardDeviation = 0.3081;

    /// <summary>Pixel rows and columns of an MNIST image.</summary>
    public const int ImageSide = 28;

    /// <summary>Inputs per image after flattening, 28 × 28.</summary>
    public const int InputDimension = ImageSide * ImageSide;

    /// <summary>Number of classes (digits, or Fashion-MNIST's ten kinds of garment).</summary>
    public const int ClassCount = 10;

    /// <summary>Base names of the training images, training labels, test images and test labels; each may also end in <c>.gz</c>.</summary>
    public static readonly IReadOnlyList<string> FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    /// <summary>Returns the normalized value (p / 255 − 0.1307) / 0.3081 of pixel <paramref name="pixel"/>.</summary>
    public static double Normalize(byte pixel) => (pixel / 255.0 - PixelMean) / PixelStandardDeviation;

    /// <summary>
    /// Loads the training set (60 000 images in the standard files) and the test set (10 000) from
    /// <paramref name="directory"/>, taking for each file the raw name or, when that is absent, the name
    /// with <c>.gz</c>.
    /// </summary>
    /// <exception cref="DatasetNotFoundException">The directory or one of the four files is missing; the message tells how to obtain them.</exception>
    /// <exception cref="InputFormatException">A file is not a valid MNIST IDX file, image and label counts differ, or a label is outside 0..9.</exception>
    public static DatasetSplit Load(string directory = DebianFashionMnistDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string[] paths = FileNames.Select(name => FindFile(directory, name)).ToArray();
        return new DatasetSplit(Load(paths[0], paths[1]), Load(paths[2], paths[3]));
    }

    /// <summary>Loads one images file and its labels file as a classification set.</summary>
    /// <exception cref="InputFormatException">A file is not a valid MNIST IDX file, the images are not 28 × 28, the counts differ, or a label is outside 0..9.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    public static Dataset Load(string imagesPath, string labelsPath)
    {
        IdxImages images = IdxFile.ReadImages(imagesPath);
        byte[] labels = IdxFile.ReadLabels(labelsPath);
        return ToDataset(images, imagesPath, labels, labelsPath);
    }

    /// <summary>Checks images and labels against the MNIST layout and normalizes them into a data set.</summary>
    /// <exception cref="InputFormatException">The images are not 28 × 28, the counts differ, or a label is outside 0..9; the message names the file.</exception>
    public static Dataset ToDataset(IdxImages images, string imagesSource, byte[] labels, string labelsSource)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (images.Rows != ImageSide || images.Columns != ImageSide)
            throw new InputFormatException(imagesSource, null, $"images are {images.Rows} × {images.Columns} pixels; expected {ImageSide} × {ImageSide} for MNIST.");
        if (labels.Length != images.Count)
            throw new InputFormatException(labelsSource, null, $"has {labels.Length} labels but {imagesSource} has {images.Count} images; expected one label per image.");

        var classes = new int[labels.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= ClassCount)
                throw new InputFormatException(labelsSource, null, $"label {i} is {labels[i]}; expected a class in 0..{ClassCount - 1}.");
            classes[i] = labels[i];
        }

        // A 256-entry table makes the conversion exact and identical for every occurrence of a byte.
        Span<double> normalized = stackalloc double[256];
        for (int p = 0; p < 256; p++)
            normalized[p] = Normalize((byte)p);
        var inputs = new Matrix<double>(images.Count, InputDimension);
        for (int i = 0; i < images.Pixels.Length; i++)
            inputs.Data[i] = normalized[images.Pixels[i]];

        return Dataset.ForClassification(inputs, classes, ClassCount);
    }

    private static string FindFile(string directory, string baseName)
    {
        string raw = Path.Combine(directory, baseName);
        if (File.Exists(raw))
            return raw;
        string compressed = raw + ".gz";
        if (File.Exists(compressed))
            return compressed;

        string problem = System.IO.Directory.Exists(directory)
            ? $"MNIST data not found: {directory} contains neither {baseName} nor {baseName}.gz."
            : $"MNIST data not found: the directory {directory} does not exist.";
        throw new DatasetNotFoundException(directory,
            $"{problem} Install Fashion-MNIST with 'apt-get install dataset-fashion-mnist' (files go to {DebianFashionMnistDirectory}), " +
            $"or pass --data DIR with a directory holding {string.Join(", ", FileNames)} (each optionally gzipped).");
    }
}
