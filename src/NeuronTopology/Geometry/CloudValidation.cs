namespace NeuronTopology.Geometry;

/// <summary>Argument checks shared by the geometry entry points.</summary>
internal static class CloudValidation
{
    /// <summary>Rejects a NaN or infinite coordinate, naming the neuron and coordinate.</summary>
    /// <exception cref="ArgumentException">A coordinate is NaN or ±∞.</exception>
    public static void RequireFinite(PointCloud cloud, string parameterName)
    {
        ReadOnlySpan<double> coordinates = cloud.Coordinates.AsSpan(0, cloud.Count * cloud.Dimension);
        int index = coordinates.IndexOfAnyExceptInRange(double.MinValue, double.MaxValue);
        if (index < 0)
            return;

        int neuron = index / cloud.Dimension;
        int coordinate = index % cloud.Dimension;
        throw new ArgumentException(
            $"Neuron {neuron}, coordinate {coordinate} is {coordinates[index]}; every coordinate must be a finite number.",
            parameterName);
    }

    /// <summary>Rejects two clouds that do not hold the same number of neurons of the same dimension.</summary>
    /// <exception cref="ArgumentException">The counts or dimensions differ.</exception>
    public static void RequireSameShape(PointCloud before, PointCloud after, string parameterName)
    {
        if (before.Count == after.Count && before.Dimension == after.Dimension)
            return;

        throw new ArgumentException(
            $"The clouds differ in shape: the first is {Shape(before)}, the second is {Shape(after)}; " +
            "both must hold the same neurons (neurons × dimension).",
            parameterName);
    }

    /// <summary>Formats a cloud's shape as "count × dimension".</summary>
    public static string Shape(PointCloud cloud) => $"{cloud.Count} × {cloud.Dimension}";
}
