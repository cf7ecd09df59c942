namespace NeuronTopology.Curvature;

/// <summary>
/// Eigen-decomposition of a small dense symmetric matrix by the cyclic Jacobi method (Golub and Van Loan,
/// Matrix Computations, 4th ed., §8.5). It solves the projected problems of Lanczos, which stay below a
/// few hundred rows, and is accurate to a few units of rounding relative to the matrix norm.
/// </summary>
internal static class JacobiEigenSolver
{
    private const int MaxSweeps = 100;

    /// <summary>
    /// Decomposes the row-major <paramref name="size"/> × <paramref name="size"/> symmetric matrix
    /// <paramref name="matrix"/> (overwritten) into eigenvalues (ascending) and the orthonormal eigenvectors,
    /// stored as the columns of the row-major <paramref name="eigenvectors"/>.
    /// </summary>
    public static void Decompose(double[] matrix, int size, double[] eigenvalues, double[] eigenvectors)
    {
        Array.Clear(eigenvectors, 0, size * size);
        for (int i = 0; i < size; i++)
            eigenvectors[i * size + i] = 1.0;

        double frobeniusSquared = 0;
        for (int i = 0; i < size * size; i++)
            frobeniusSquared += matrix[i] * matrix[i];

        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double offDiagonalSquared = 0;
            for (int p = 0; p < size; p++)
                for (int q = p + 1; q < size; q++)
                    offDiagonalSquared += 2 * matrix[p * size + q] * matrix[p * size + q];
            if (offDiagonalSquared <= 1e-32 * frobeniusSquared)
                break;

            for (int p = 0; p < size; p++)
                for (int q = p + 1; q < size; q++)
                    Rotate(matrix, eigenvectors, size, p, q);
        }

        SortAscending(matrix, size, eigenvalues, eigenvectors);
    }

    // Applies the rotation J in the (p, q) plane that zeroes a_pq: A ← JᵀAJ, V ← VJ.
    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        double apq = a[p * n + q];
        if (apq == 0)
            return;

        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = (theta >= 0 ? 1.0 : -1.0) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        double c = 1 / Math.Sqrt(t * t + 1);
        double s = t * c;

        for (int k = 0; k < n; k++)
        {
            double akp = a[k * n + p], akq = a[k * n + q];
            a[k * n + p] = c * akp - s * akq;
            a[k * n + q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++)
        {
            double apk = a[p * n + k], aqk = a[q * n + k];
            a[p * n + k] = c * apk - s * aqk;
            a[q * n + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++)
        {
            double vkp = v[k * n + p], vkq = v[k * n + q];
            v[k * n + p] = c * vkp - s * vkq;
            v[k * n + q] = s * vkp + c * vkq;
        }
    }

    private static void SortAscending(double[] diagonalized, int n, double[] eigenvalues, double[] eigenvectors)
    {
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            eigenvalues[i] = diagonalized[i * n + i];
        }
        var keys = eigenvalues.AsSpan(0, n).ToArray();
        Array.Sort(keys, order);

        var sortedVectors = new double[n * n];
        for (int column = 0; column < n; column++)
            for (int row = 0; row < n; row++)
                sortedVectors[row * n + column] = eigenvectors[row * n + order[column]];
        sortedVectors.CopyTo(eigenvectors, 0);
        keys.CopyTo(eigenvalues, 0);
    }
}
