using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Tests.Numerics;

/// <summary>Naive products and random operands that the GEMM tests compare against.</summary>
internal static class GemmReference
{
    /// <summary>Kernel families this processor can run; Auto is left out because it aliases one of them.</summary>
    public static IEnumerable<GemmKernel> SupportedKernels() =>
        new[] { GemmKernel.Avx512, GemmKernel.Avx2, GemmKernel.Vector, GemmKernel.Scalar }.Where(Gemm.IsSupported);

    /// <summary>A matrix with entries uniform in [−1, 1), so that sums cancel and the error bound is exercised.</summary>
    public static Matrix<T> Random<T>(int rows, int columns, Random random)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var matrix = new Matrix<T>(rows, columns);
        for (int i = 0; i < matrix.Data.Length; i++)
            matrix.Data[i] = T.CreateTruncating(2 * random.NextDouble() - 1);
        return matrix;
    }

    public static double OpA<T>(Matrix<T> a, bool transpose, int i, int p)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => double.CreateTruncating(transpose ? a[p, i] : a[i, p]);

    public static double OpB<T>(Matrix<T> b, bool transpose, int p, int j)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => double.CreateTruncating(transpose ? b[j, p] : b[p, j]);

    /// <summary>
    /// C₀ + op(A)·op(B) accumulated in double, together with |C₀| + |op(A)|·|op(B)|, the scale of the rounding error bound.
    /// </summary>
    public static (double[] Product, double[] Magnitude) DoubleProduct<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c0, bool transposeA, bool transposeB, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int m = c0.Rows, n = c0.Columns;
        int k = transposeA ? a.Rows : a.Columns;
        var product = new double[m * n];
        var magnitude = new double[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double start = accumulate ? double.CreateTruncating(c0[i, j]) : 0;
                double sum = start, scale = Math.Abs(start);
                for (int p = 0; p < k; p++)
                {
                    double x = OpA(a, transposeA, i, p), y = OpB(b, transposeB, p, j);
                    sum += x * y;
                    scale += Math.Abs(x * y);
                }
                product[i * n + j] = sum;
                magnitude[i * n + j] = scale;
            }
        }
        return (product, magnitude);
    }

    /// <summary>The documented result: one scalar fused multiply-add chain per element, p ascending.</summary>
    public static Matrix<T> SequentialFmaProduct<T>(Matrix<T> a, Matrix<T> b, Matrix<T> c0, bool transposeA, bool transposeB, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int m = c0.Rows, n = c0.Columns;
        int k = transposeA ? a.Rows : a.Columns;
        var c = new Matrix<T>(m, n);
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                T sum = accumulate ? c0[i, j] : T.Zero;
                for (int p = 0; p < k; p++)
                {
                    T x = transposeA ? a[p, i] : a[i, p];
                    T y = transposeB ? b[j, p] : b[p, j];
                    sum = T.FusedMultiplyAdd(x, y, sum);
                }
                c[i, j] = sum;
            }
        }
        return c;
    }

    /// <summary>γ_k = k·u / (1 − k·u) for unit roundoff u.</summary>
    public static double Gamma(int k, double unitRoundoff) => k * unitRoundoff / (1 - k * unitRoundoff);

    /// <summary>Unit roundoff of T: 2⁻²⁴ for float, 2⁻⁵³ for double.</summary>
    public static double UnitRoundoff<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);
}
