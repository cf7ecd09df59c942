namespace NeuronTopology.Geometry;

/// <summary>A subset of a cloud chosen by <see cref="MaxMinLandmarks.Select"/>, in the order it was chosen.</summary>
/// <param name="Indices">Indices of the chosen points in the original cloud, in selection order.</param>
/// <param name="CoveringRadius">
/// max over all points x of the distance from x to its nearest chosen point: every point of the cloud lies within this
/// distance of a landmark. 0 when every point was chosen.
/// </param>
public sealed record LandmarkSelection(int[] Indices, double CoveringRadius)
{
    /// <summary>Returns the chosen points of <paramref name="cloud"/> as a new cloud, in selection order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cloud"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index does not exist in <paramref name="cloud"/>.</exception>
    public PointCloud ExtractFrom(PointCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        int dimension = cloud.Dimension;
        var coordinates = new double[Indices.Length * dimension];
        for (int k = 0; k < Indices.Length; k++)
        {
            int index = Indices[k];
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, cloud.Count, nameof(cloud));
            cloud[index].CopyTo(coordinates.AsSpan(k * dimension, dimension));
        }
        return new PointCloud(coordinates, Indices.Length, dimension);
    }
}
