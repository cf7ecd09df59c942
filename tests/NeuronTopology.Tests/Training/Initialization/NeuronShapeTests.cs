using NeuronTopology.Geometry;
using NeuronTopology.Numerics;
using NeuronTopology.Training.Initialization;
using Xunit;

namespace NeuronTopology.Tests.Training.Initialization;

public class NeuronShapeTests
{
    [Fact]
    public void FigureEight_PointsSatisfyParametricRelation()
    {
        PointCloud cloud = FigureEightShape.Sample(1024, new Xoshiro256StarStar(2333));

        Assert.Equal(1024, cloud.Count);
        Assert.Equal(2, cloud.Dimension);
        int upper = 0;
        for (int i = 0; i < cloud.Count; i++)
        {
            // With s = sin t = (w + 2) / 0.1, the outgoing weight a = sin 2t satisfies a² = 4 s² (1 − s²).
            double s = IncomingWeightMap.Invert(cloud[i][0]);
            double a = cloud[i][1];
            Assert.InRange(s, -1.0 - 1e-12, 1.0 + 1e-12);
            Assert.Equal(4 * s * s * (1 - s * s), a * a, 1e-12);
            if (a > 0)
                upper++;
        }
        // t uniform on [0, 2π): sin 2t > 0 for half of the draws; 1024 draws give a standard deviation of 16.
        Assert.InRange(upper, 512 - 80, 512 + 80);
    }

    [Fact]
    public void FigureEight_IsSeeded()
    {
        Assert.Equal(FigureEightShape.Sample(50, new Xoshiro256StarStar(1)).Coordinates, FigureEightShape.Sample(50, new Xoshiro256StarStar(1)).Coordinates);
        Assert.NotEqual(FigureEightShape.Sample(50, new Xoshiro256StarStar(1)).Coordinates, FigureEightShape.Sample(50, new Xoshiro256StarStar(2)).Coordinates);
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureEightShape.Sample(0, new Xoshiro256StarStar(1)));
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(7)]
    public void TwoCircles_PointsLieOnUnitCircles(int count)
    {
        PointCloud cloud = TwoCirclesShape.Create(count);
        int upperCount = (count + 1) / 2;

        Assert.Equal(count, cloud.Count);
        for (int i = 0; i < count; i++)
        {
            double x = IncomingWeightMap.Invert(cloud[i][0]);
            double centre = i < upperCount ? 1.2 : -1.2;
            double y = cloud[i][1] - centre;
            Assert.Equal(1.0, Math.Sqrt(x * x + y * y), 1e-12);
        }
    }

    [Fact]
    public void TwoCircles_AreEvenlySpacedFromAngleZero()
    {
        PointCloud cloud = TwoCirclesShape.Create(1024);

        Assert.Equal(-1.9, cloud[0][0], 1e-15);
        Assert.Equal(1.2, cloud[0][1], 1e-15);
        Assert.Equal(-1.9, cloud[512][0], 1e-15);
        Assert.Equal(-1.2, cloud[512][1], 1e-15);

        double step = 2 * Math.PI / 512;
        for (int i = 0; i < 1024; i++)
        {
            double centre = i < 512 ? 1.2 : -1.2;
            double angle = Math.Atan2(cloud[i][1] - centre, IncomingWeightMap.Invert(cloud[i][0]));
            double expected = Math.IEEERemainder((i % 512) * step, 2 * Math.PI);
            Assert.Equal(0.0, Math.IEEERemainder(angle - expected, 2 * Math.PI), 1e-9);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => TwoCirclesShape.Create(1));
    }

    [Fact]
    public void DoubleTorus_RotationIsZyxComposition()
    {
        static Matrix<double> About(int axis, double angle)
        {
            var (s, c) = Math.SinCos(angle);
            var m = new Matrix<double>(3, 3);
            int p = (axis + 1) % 3, q = (axis + 2) % 3;
            m[axis, axis] = 1;
            m[p, p] = c;
            m[q, q] = c;
            m[q, p] = s;
            m[p, q] = -s;
            return m;
        }
        static Matrix<double> Multiply(Matrix<double> a, Matrix<double> b)
        {
            var m = new Matrix<double>(3, 3);
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 3; j++)
                    for (int k = 0; k < 3; k++)
                        m[i, j] += a[i, k] * b[k, j];
            return m;
        }

        Matrix<double> expected = Multiply(About(2, 1.1), Multiply(About(1, 0.3), About(0, 0.6)));
        Matrix<double> rotation = SolidDoubleTorusShape.Rotation;
        for (int i = 0; i < 9; i++)
            Assert.Equal(expected.Data[i], rotation.Data[i], 1e-15);

        Matrix<double> product = Multiply(rotation, new Matrix<double>(3, 3, [rotation[0, 0], rotation[1, 0], rotation[2, 0], rotation[0, 1], rotation[1, 1], rotation[2, 1], rotation[0, 2], rotation[1, 2], rotation[2, 2]]));
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(i == j ? 1.0 : 0.0, product[i, j], 1e-15);
    }

    [Fact]
    public void DoubleTorus_ImplicitFunctionByHand()
    {
        // Centre of the right tube: on the core circle of the right torus, F ≈ −0.2 minus a tiny soft-min term.
        Assert.Equal(-0.2, SolidDoubleTorusShape.TorusSignedDistance(0.5, 0, 0), 15);
        Assert.True(SolidDoubleTorusShape.ImplicitFunction(1.3, 0, 0) < -0.2);
        // Hole of each torus: outside.
        Assert.True(SolidDoubleTorusShape.ImplicitFunction(0.8, 0, 0) > 0);
        Assert.True(SolidDoubleTorusShape.ImplicitFunction(-0.8, 0, 0) > 0);
        // Origin: each torus is 0.1 away, and the soft minimum lowers that by ln 2 / 5 ≈ 0.139, so the bridge covers it.
        Assert.Equal(0.1 - Math.Log(2) / 5, SolidDoubleTorusShape.ImplicitFunction(0, 0, 0), 15);
        // Above the bridge: outside.
        Assert.True(SolidDoubleTorusShape.ImplicitFunction(0, 0, 0.2) > 0);
        // Soft minimum in the stable form equals the definition.
        Assert.Equal(-Math.Log(Math.Exp(-5 * 0.3) + Math.Exp(-5 * -0.1)) / 5, SolidDoubleTorusShape.SoftMinimum(0.3, -0.1, 5), 15);
    }

    [Fact]
    public void DoubleTorus_PointsSatisfyInequalityAfterInverseRotation()
    {
        PointCloud cloud = SolidDoubleTorusShape.Sample(4096, new Xoshiro256StarStar(2333));
        Matrix<double> r = SolidDoubleTorusShape.Rotation;

        Assert.Equal(4096, cloud.Count);
        Assert.Equal(3, cloud.Dimension);
        int right = 0;
        for (int i = 0; i < cloud.Count; i++)
        {
            double[] p = [IncomingWeightMap.Invert(cloud[i][0]), cloud[i][1], cloud[i][2]];
            // Rᵀ undoes the rotation.
            double x = r[0, 0] * p[0] + r[1, 0] * p[1] + r[2, 0] * p[2];
            double y = r[0, 1] * p[0] + r[1, 1] * p[1] + r[2, 1] * p[2];
            double z = r[0, 2] * p[0] + r[1, 2] * p[1] + r[2, 2] * p[2];
            Assert.True(SolidDoubleTorusShape.ImplicitFunction(x, y, z) <= 1e-12, $"neuron {i} lies outside the body");
            if (x > 0)
                right++;
        }
        // The body is symmetric under x → −x, so uniform points split evenly: standard deviation 32 for 4096 points.
        Assert.InRange(right, 2048 - 200, 2048 + 200);
    }

    [Fact]
    public void DoubleTorus_IsSeeded()
    {
        Assert.Equal(SolidDoubleTorusShape.Sample(30, new Xoshiro256StarStar(4)).Coordinates, SolidDoubleTorusShape.Sample(30, new Xoshiro256StarStar(4)).Coordinates);
        Assert.NotEqual(SolidDoubleTorusShape.Sample(30, new Xoshiro256StarStar(4)).Coordinates, SolidDoubleTorusShape.Sample(30, new Xoshiro256StarStar(5)).Coordinates);
    }

    [Fact]
    public void EmbeddedSphere_BasisIsOrthonormal()
    {
        Matrix<double> basis = EmbeddedSphereShape.RandomOrthonormalBasis(794, 3, new Xoshiro256StarStar(8));

        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                double dot = 0;
                for (int d = 0; d < 794; d++)
                    dot += basis[d, a] * basis[d, b];
                Assert.Equal(a == b ? 1.0 : 0.0, dot, 1e-14);
            }
    }

    [Fact]
    public void EmbeddedSphere_UnitNormInSubspace()
    {
        var random = new Xoshiro256StarStar(2333);
        Matrix<double> basis = EmbeddedSphereShape.RandomOrthonormalBasis(794, 3, random);
        PointCloud cloud = EmbeddedSphereShape.Sample(1024, basis, random);

        Assert.Equal(1024, cloud.Count);
        Assert.Equal(794, cloud.Dimension);
        double[] coordinateSums = new double[3];
        for (int i = 0; i < cloud.Count; i++)
        {
            ReadOnlySpan<double> p = cloud[i];
            double normSquared = 0;
            for (int d = 0; d < p.Length; d++)
                normSquared += p[d] * p[d];
            Assert.Equal(1.0, Math.Sqrt(normSquared), 1e-13);

            // The residual after projecting onto the span of the basis is zero.
            double[] u = new double[3];
            for (int a = 0; a < 3; a++)
                for (int d = 0; d < p.Length; d++)
                    u[a] += basis[d, a] * p[d];
            double residualSquared = 0;
            for (int d = 0; d < p.Length; d++)
            {
                double r = p[d] - (basis[d, 0] * u[0] + basis[d, 1] * u[1] + basis[d, 2] * u[2]);
                residualSquared += r * r;
            }
            Assert.True(residualSquared < 1e-26, $"neuron {i} is {Math.Sqrt(residualSquared)} away from the subspace");
            for (int a = 0; a < 3; a++)
                coordinateSums[a] += u[a];
        }
        // Uniform on the sphere: each coordinate has mean 0 and variance 1/3; the mean of 1024 has standard deviation 0.018.
        foreach (double sum in coordinateSums)
            Assert.InRange(sum / 1024, -0.1, 0.1);
    }

    [Fact]
    public void EmbeddedSphere_IsSeededAndValidates()
    {
        Assert.Equal(EmbeddedSphereShape.Sample(10, 794, new Xoshiro256StarStar(3)).Coordinates, EmbeddedSphereShape.Sample(10, 794, new Xoshiro256StarStar(3)).Coordinates);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmbeddedSphereShape.Sample(10, 2, new Xoshiro256StarStar(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmbeddedSphereShape.RandomOrthonormalBasis(2, 3, new Xoshiro256StarStar(3)));
    }
}
