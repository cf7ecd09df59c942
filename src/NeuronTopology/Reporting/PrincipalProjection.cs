using NeuronTopology.Geometry;

namespace NeuronTopology.Reporting;

/// <summary>
/// Projection of a point cloud onto its top principal axes (centred PCA), found by power iteration with
/// deflation on XᵀX without forming the d × d covariance. Used to draw high-dimensional neuron clouds.
/// </summary>
/// <remarks>
/// Axes are fixed by the reference cloud, so two clouds projected with the same instance are comparable.
/// 300 iterations reach plotting accuracy; a near-tie of two eigenvalues gives some direction in their span, which is
/// fine for a picture. Signs are chosen so that each axis's largest coordinate is positive, for determinism.
/// </remarks>
internal sealed class PrincipalProjection
{
    private const int Iterations = 300;
    private readonly double[] _mean;
    private readonly double[][] _axes;

    public PrincipalProjection(PointCloud reference, int components)
    {
        int d = reference.Dimension;
        _mean = new double[d];
        for (int i = 0; i < reference.Count; i++)
        {
            ReadOnlySpan<double> point = reference[i];
            for (int k = 0; k < d; k++)
                _mean[k] += point[k] / reference.Count;
        }

        _axes = new double[Math.Min(components, d)][];
        for (int component = 0; component < _axes.Length; component++)
            _axes[component] = TopAxis(reference, component);
    }

    /// <summary>Coordinates of every point of <paramref name="cloud"/> along axis <paramref name="component"/>.</summary>
    public double[] Project(PointCloud cloud, int component)
    {
        var values = new double[cloud.Count];
        for (int i = 0; i < cloud.Count; i++)
            values[i] = Centred(cloud[i], _axes[component]);
        return values;
    }

    private double[] TopAxis(PointCloud cloud, int component)
    {
        int d = cloud.Dimension;
        var axis = new double[d];
        for (int k = 0; k < d; k++)
            axis[k] = 1.0 + 0.01 * ((k * 7919) % 101);

        var next = new double[d];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Deflate(axis, component);
            Array.Clear(next);
            for (int i = 0; i < cloud.Count; i++)
            {
                double projection = Centred(cloud[i], axis);
                ReadOnlySpan<double> point = cloud[i];
                for (int k = 0; k < d; k++)
                    next[k] += projection * (point[k] - _mean[k]);
            }
            Deflate(next, component);
            double norm = Math.Sqrt(next.Sum(value => value * value));
            if (norm == 0)
                break;
            for (int k = 0; k < d; k++)
                axis[k] = next[k] / norm;
        }

        int largest = 0;
        for (int k = 1; k < d; k++)
        {
            if (Math.Abs(axis[k]) > Math.Abs(axis[largest]))
                largest = k;
        }
        if (axis[largest] < 0)
        {
            for (int k = 0; k < d; k++)
                axis[k] = -axis[k];
        }
        return axis;
    }

    private void Deflate(double[] vector, int component)
    {
        for (int previous = 0; previous < component; previous++)
        {
            double dot = 0;
            for (int k = 0; k < vector.Length; k++)
                dot += vector[k] * _axes[previous][k];
            for (int k = 0; k < vector.Length; k++)
                vector[k] -= dot * _axes[previous][k];
        }
    }

    private double Centred(ReadOnlySpan<double> point, double[] axis)
    {
        double sum = 0;
        for (int k = 0; k < axis.Length; k++)
            sum += (point[k] - _mean[k]) * axis[k];
        return sum;
    }
}
