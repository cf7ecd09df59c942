namespace NeuronTopology.Training.Data;

/// <summary>Images read from an IDX file: <see cref="Count"/> images of <see cref="Rows"/> × <see cref="Columns"/> unsigned bytes, image-major then row-major.</summary>
/// <param name="Count">Number of images.</param>
/// <param name="Rows">Pixel rows per image.</param>
/// <param name="Columns">Pixel columns per image.</param>
/// <param name="Pixels">Count × Rows × Columns intensities, 0 (background) to 255.</param>
public sealed record IdxImages(int Count, int Rows, int Columns, byte[] Pixels)
{
    /// <summary>Pixels per image, Rows × Columns.</summary>
    public int PixelsPerImage => Rows * Columns;
}
