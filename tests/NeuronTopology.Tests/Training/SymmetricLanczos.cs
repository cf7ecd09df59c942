namespace NeuronTopology.Tests.Training;

/// <summary>
/// Extreme eigenvalues of a symmetric operator by Lanczos with full reorthogonalization, small enough to read in a
/// test. Run for n steps on an n-dimensional operator it recovers the whole spectrum up to rounding.
/// </summary>
internal static class SymmetricLanczos
{
    public delegate void Operator(ReadOnlySpan<double> v, Span<double> result);

    public static (double Smallest, double Largest) ExtremeEigenvalues(Operator apply, int dimension, int steps, int seed)
    {
        steps = Math.Min(steps, dimension);
        var random = new Random(seed);
        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        double[] q = Enumerable.Range(0, dimension).Select(_ => random.NextDouble() - 0.5).ToArray();
        Scale(q, 1.0 / Norm(q));
        var w = new double[dimension];
        for (int j = 0; j < steps; j++)
        {
            basis.Add(q);
            apply(q, w);
            alpha.Add(Dot(w, q));
            // Full reorthogonalization (twice) keeps the Krylov basis orthogonal in floating point.
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (double[] b in basis)
                    AddScaled(w, b, -Dot(w, b));
            }
            double norm = Norm(w);
            if (norm < 1e-12 || j == steps - 1)
                break;
            beta.Add(norm);
            q = (double[])w.Clone();
            Scale(q, 1.0 / norm);
        }
        double[] eigenvalues = TridiagonalEigenvalues(alpha.ToArray(), beta.Take(alpha.Count - 1).ToArray());
        return (eigenvalues.Min(), eigenvalues.Max());
    }

    // Eigenvalues of the symmetric tridiagonal matrix by bisection on Sturm sequence counts.
    private static double[] TridiagonalEigenvalues(double[] diagonal, double[] offDiagonal)
    {
        int n = diagonal.Length;
        double bound = 0.0;
        for (int i = 0; i < n; i++)
        {
            double radius = (i > 0 ? Math.Abs(offDiagonal[i - 1]) : 0.0) + (i < n - 1 ? Math.Abs(offDiagonal[i]) : 0.0);
            bound = Math.Max(bound, Math.Abs(diagonal[i]) + radius);
        }
        var result = new double[n];
        for (int k = 0; k < n; k++)
        {
            double low = -bound - 1.0;
            double high = bound + 1.0;
            for (int iteration = 0; iteration < 200; iteration++)
            {
                double middle = 0.5 * (low + high);
                if (CountBelow(diagonal, offDiagonal, middle) > k)
                    high = middle;
                else
                    low = middle;
            }
            result[k] = 0.5 * (low + high);
        }
        return result;
    }

    private static int CountBelow(double[] diagonal, double[] offDiagonal, double x)
    {
        int count = 0;
        double d = 1.0;
        for (int i = 0; i < diagonal.Length; i++)
        {
            double b2 = i > 0 ? offDiagonal[i - 1] * offDiagonal[i - 1] : 0.0;
            d = diagonal[i] - x - (i > 0 ? b2 / d : 0.0);
            if (d == 0.0)
                d = -1e-300;
            if (d < 0.0)
                count++;
        }
        return count;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Scale(double[] a, double factor)
    {
        for (int i = 0; i < a.Length; i++)
            a[i] *= factor;
    }

    private static void AddScaled(double[] a, double[] b, double factor)
    {
        for (int i = 0; i < a.Length; i++)
            a[i] += factor * b[i];
    }
}
