using NeuronTopology.Curvature;

namespace NeuronTopology.Tests.Curvature;

/// <summary>Explicit symmetric matrices with known spectra for the eigen-solver tests.</summary>
internal static class TestMatrices
{
    public static SymmetricMatrixOperator Diagonal(params double[] diagonal)
    {
        int n = diagonal.Length;
        var entries = new double[n * n];
        for (int i = 0; i < n; i++)
            entries[i * n + i] = diagonal[i];
        return new SymmetricMatrixOperator(n, entries);
    }

    /// <summary>Q·diag(spectrum)·Qᵀ for a random orthogonal Q (Gram–Schmidt of a seeded Gaussian matrix).</summary>
    public static SymmetricMatrixOperator Conjugated(double[] spectrum, int seed)
    {
        int n = spectrum.Length;
        var q = RandomOrthogonal(n, seed);
        var entries = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                    sum += q[i][k] * spectrum[k] * q[j][k];
                entries[i * n + j] = sum;
                entries[j * n + i] = sum;
            }
        return new SymmetricMatrixOperator(n, entries);
    }

    /// <summary>A random orthogonal matrix Q as an array of rows.</summary>
    public static double[][] RandomOrthogonal(int n, int seed)
    {
        var random = new Random(seed);
        var rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            var row = new double[n];
            for (int k = 0; k < n; k++)
                row[k] = random.NextDouble() * 2 - 1;
            for (int pass = 0; pass < 2; pass++)
                for (int j = 0; j < i; j++)
                {
                    double dot = 0;
                    for (int k = 0; k < n; k++)
                        dot += rows[j][k] * row[k];
                    for (int k = 0; k < n; k++)
                        row[k] -= dot * rows[j][k];
                }
            double norm = Math.Sqrt(row.Sum(x => x * x));
            rows[i] = row.Select(x => x / norm).ToArray();
        }
        return rows;
    }

    /// <summary>Evenly spaced values from <paramref name="low"/> to <paramref name="high"/>.</summary>
    public static double[] Linear(int n, double low, double high)
        => Enumerable.Range(0, n).Select(i => low + (high - low) * i / (n - 1)).ToArray();

    public static double ResidualNorm(IHessianOperator hessian, double eigenvalue, double[] vector)
    {
        var product = new double[hessian.Dimension];
        hessian.Multiply(vector, product);
        double sum = 0;
        for (int i = 0; i < product.Length; i++)
            sum += (product[i] - eigenvalue * vector[i]) * (product[i] - eigenvalue * vector[i]);
        return Math.Sqrt(sum);
    }
}

/// <summary>An operator that returns NaN from its <c>failAt</c>-th product on.</summary>
internal sealed class FailingOperator(IHessianOperator inner, int failAt) : IHessianOperator
{
    public int Products { get; private set; }

    public int Dimension => inner.Dimension;

    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        Products++;
        inner.Multiply(vector, product);
        if (Products >= failAt)
            product[0] = double.NaN;
    }
}

/// <summary>Counts the products of the wrapped operator.</summary>
internal sealed class CountingOperator(IHessianOperator inner) : IHessianOperator
{
    public int Products { get; private set; }

    public int Dimension => inner.Dimension;

    public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
    {
        Products++;
        inner.Multiply(vector, product);
    }
}

/// <summary>Collects progress reports on the reporting thread, unlike <see cref="Progress{T}"/>, which posts them.</summary>
internal sealed class ProgressLog<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}
