using NeuronTopology.Geometry;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// The start of the 2-D teacher experiments in arXiv 2510.02670 (Yang, Poggio, Chuang, Ziyin), for a bias-free
/// network with two inputs and one output: points uniform inside a solid
/// double torus (genus 2, so b₀ = 1, b₁ = 2), rotated, then the incoming-weight map on the first coordinate.
/// </summary>
/// <remarks>
/// <para>The body is the region F(p) ≤ 0 with F = smin₅(f₁, f₂), where fⱼ is the signed distance to a solid
/// torus of major radius 0.5 and minor radius 0.2 lying in the xy-plane (axis z) and centred at x = ±0.8, and
/// smin_k(a, b) = −ln(e^{−ka} + e^{−kb}) / k is the soft minimum that fills the 0.2-wide gap between the two
/// tori with a smooth bridge.</para>
/// <para>Points are drawn uniformly in the box that contains the body (each torus grown by ln 2 / k, the most
/// the soft minimum can lower F) and kept when F ≤ 0, so they are uniform in the body. A kept point p is
/// rotated by R = R_z(1.1)·R_y(0.3)·R_x(0.6), the Euler angles (0.6, 0.3, 1.1) applied about the fixed x,
/// then y, then z axes (SciPy's <c>Rotation.from_euler("xyz", …)</c>). The neuron is then
/// (w₁, w₂, a) = (0.1·(Rp)ₓ − 2, (Rp)_y, (Rp)_z): two incoming weights and one outgoing weight.</para>
/// <para>NOTE: the rotation convention and the order of the three neuron coordinates are this library's
/// reading of the published description, not confirmed against the authors' code. Neither changes the
/// topology of the start.</para>
/// </remarks>
public static class SolidDoubleTorusShape
{
    /// <summary>Coordinates per neuron: two incoming weights and one outgoing weight.</summary>
    public const int NeuronDimension = 3;

    /// <summary>Major radius of each torus (centre of the tube to centre of the torus).</summary>
    public const double MajorRadius = 0.5;

    /// <summary>Minor radius of each torus (radius of the tube).</summary>
    public const double MinorRadius = 0.2;

    /// <summary>The tori are centred at x = ±CentreOffset on the x axis.</summary>
    public const double CentreOffset = 0.8;

    /// <summary>Sharpness k of the soft minimum; larger k gives a thinner bridge.</summary>
    public const double Smoothness = 5.0;

    /// <summary>Euler angles (about x, then y, then z, in radians) of the rotation applied to the body.</summary>
    public static readonly (double X, double Y, double Z) EulerAngles = (0.6, 0.3, 1.1);

    /// <summary>The rotation matrix R = R_z(1.1)·R_y(0.3)·R_x(0.6), row-major 3 × 3.</summary>
    public static Matrix<double> Rotation { get; } = CreateRotation(EulerAngles.X, EulerAngles.Y, EulerAngles.Z);

    /// <summary>Returns F(x, y, z) = smin₅(f₁, f₂) for the unrotated body: negative inside, positive outside.</summary>
    public static double ImplicitFunction(double x, double y, double z) =>
        SoftMinimum(TorusSignedDistance(x - CentreOffset, y, z), TorusSignedDistance(x + CentreOffset, y, z), Smoothness);

    /// <summary>Returns smin_k(a, b) = −ln(e^{−ka} + e^{−kb}) / k, evaluated as min(a, b) − ln(1 + e^{−k|a−b|}) / k so it cannot overflow.</summary>
    public static double SoftMinimum(double a, double b, double k) =>
        Math.Min(a, b) - Math.Log(1.0 + Math.Exp(-k * Math.Abs(a - b))) / k;

    /// <summary>Returns the signed distance from (x, y, z) to a solid torus centred at the origin in the xy-plane.</summary>
    public static double TorusSignedDistance(double x, double y, double z)
    {
        double radialOffset = Math.Sqrt(x * x + y * y) - MajorRadius;
        return Math.Sqrt(radialOffset * radialOffset + z * z) - MinorRadius;
    }

    /// <summary>Samples <paramref name="neuronCount"/> neurons (w₁, w₂, a) by rejection; each candidate takes three uniform draws (x, y, z).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="neuronCount"/> is not positive.</exception>
    public static PointCloud Sample(int neuronCount, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neuronCount);
        ArgumentNullException.ThrowIfNull(random);

        double margin = Math.Log(2.0) / Smoothness;
        double halfX = CentreOffset + MajorRadius + MinorRadius + margin;
        double halfY = MajorRadius + MinorRadius + margin;
        double halfZ = MinorRadius + margin;
        Matrix<double> rotation = Rotation;

        var coordinates = new double[neuronCount * NeuronDimension];
        int accepted = 0;
        while (accepted < neuronCount)
        {
            double x = random.NextDouble(-halfX, halfX);
            double y = random.NextDouble(-halfY, halfY);
            double z = random.NextDouble(-halfZ, halfZ);
            if (ImplicitFunction(x, y, z) > 0.0)
                continue;

            Span<double> neuron = coordinates.AsSpan(accepted * NeuronDimension, NeuronDimension);
            for (int row = 0; row < 3; row++)
                neuron[row] = rotation[row, 0] * x + rotation[row, 1] * y + rotation[row, 2] * z;
            neuron[0] = IncomingWeightMap.Apply(neuron[0]);
            accepted++;
        }
        return new PointCloud(coordinates, neuronCount, NeuronDimension);
    }

    private static Matrix<double> CreateRotation(double aboutX, double aboutY, double aboutZ)
    {
        var (sx, cx) = Math.SinCos(aboutX);
        var (sy, cy) = Math.SinCos(aboutY);
        var (sz, cz) = Math.SinCos(aboutZ);
        double[] elements =
        [
            cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
            sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
            -sy, cy * sx, cy * cx,
        ];
        return new Matrix<double>(3, 3, elements);
    }
}
