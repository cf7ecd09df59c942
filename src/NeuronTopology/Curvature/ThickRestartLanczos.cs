using System.Numerics.Tensors;

namespace NeuronTopology.Curvature;

/// <summary>
/// Lanczos with full reorthogonalization and thick restart (Wu and Simon, SIAM J. Matrix Anal. Appl. 22,
/// 2000), written as the symmetric Krylov–Schur method (Stewart 2001): the projected matrix is kept dense,
/// so a restart is a change of basis to the wanted Ritz vectors followed by ordinary expansion.
/// </summary>
internal sealed class ThickRestartLanczos
{
    /// <summary>
    /// Residuals at most this fraction of the spectral scale max |Ritz value| count as converged. Rounding in the
    /// operator products leaves residuals of 1e-15 to 1e-12 of the scale. The larger one was seen on a network whose
    /// loss had reached 1e33.
    /// </summary>
    internal const double RoundingFloor = 1e-10;

    private readonly IHessianOperator _operator;
    private readonly int _dimension;

    // Converged eigenvectors that the Krylov space is kept orthogonal to, so the search runs on their complement.
    private readonly double[][] _locked;
    private readonly int _available;
    private readonly int _wanted;
    private readonly bool _largest;
    private readonly LanczosOptions _options;
    private readonly int _basisLimit;
    private readonly Random _random;

    // Basis vectors V[0..m]; V[m] is the next Lanczos vector when the basis is full.
    private readonly double[][] _basis;

    // Projected matrix, (m + 1) × m row-major: column j contains the coefficients of H·V[j] in the basis.
    private readonly double[] _projected;
    private readonly double[] _coefficients;
    private readonly double[] _product;

    // Storage for the kept Ritz vectors of the next restart: the vectors a restart drops, so that restarts
    // allocate nothing after the first (a basis vector of a network's Hessian takes megabytes).
    private double[][] _spare = [];

    public ThickRestartLanczos(IHessianOperator hessianOperator, int wanted, bool largest, LanczosOptions options, double[][] locked)
    {
        _operator = hessianOperator;
        _dimension = hessianOperator.Dimension;
        _locked = locked;
        _available = _dimension - locked.Length;
        _wanted = wanted;
        _largest = largest;
        _options = options;
        int automatic = Math.Max(20, 2 * wanted + 10);
        _basisLimit = Math.Min(_available, options.KrylovDimension == 0 ? automatic : Math.Max(options.KrylovDimension, wanted + 1));
        _random = new Random(options.Seed);
        _basis = new double[_basisLimit + 1][];
        _projected = new double[(_basisLimit + 1) * _basisLimit];
        _coefficients = new double[_basisLimit + 1];
        _product = new double[_dimension];
    }

    public SpectrumEstimate Run(CancellationToken cancellationToken)
    {
        int m = _basisLimit;
        _basis[0] = new double[_dimension];
        StartVector(_basis[0], 0);

        int size = 1;          // orthonormal basis vectors V[0..size-1]
        int expanded = 0;      // vectors among them already multiplied by H, i.e. projected-matrix columns
        int iterations = 0;
        var ritzValues = new double[m];
        var ritzVectors = new double[m * m];
        int[] selected = [];
        IterationExit exit;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            int column = expanded;
            _operator.Multiply(_basis[column], _product);
            iterations++;
            if (!TensorPrimitives.IsFiniteAll<double>(_product))
                return NonFiniteResult(iterations);

            double coupling = Orthogonalize(_product, size);
            for (int i = 0; i < size; i++)
                _projected[i * m + column] = _coefficients[i];
            expanded = column + 1;

            Decompose(expanded, ritzValues, ritzVectors);
            double scale = SpectralScale(ritzValues, expanded);
            selected = SelectWanted(ritzValues, expanded, Math.Min(_wanted, expanded));
            double floor = RoundingFloor * scale;
            bool invariant = coupling <= 1e-12 * scale;

            // Each wanted pair is tested against its own Ritz value, because a threshold relative to the largest
            // |Ritz value| let the top Ritz value of a negative-dominant Hessian stop while still negative.
            bool converged = selected.Length == _wanted;
            foreach (int index in selected)
            {
                double residualEstimate = Math.Abs(coupling * ritzVectors[column * expanded + index]);
                double threshold = _options.Tolerance == 0 ? 0 : Math.Max(_options.Tolerance * Math.Abs(ritzValues[index]), floor);
                converged &= residualEstimate <= threshold;
            }
            ReportProgress(iterations, ritzValues, ritzVectors, selected[0], column, expanded, coupling);
            if (expanded == _available)
                converged = selected.Length == _wanted;

            if (converged)
            {
                exit = IterationExit.Converged;
                break;
            }
            if (iterations >= _options.MaxIterations)
            {
                exit = IterationExit.IterationLimit;
                break;
            }

            // The next basis vector: the normalized residual, or a fresh random direction when the Krylov
            // space is invariant, so that eigenvalues outside it (including repeated ones) can still be found.
            _basis[expanded] ??= new double[_dimension];
            if (invariant)
            {
                StartVector(_basis[expanded], expanded);
                coupling = 0;
            }
            else
            {
                TensorPrimitives.Multiply(_product, 1.0 / coupling, _basis[expanded]);
            }
            for (int j = 0; j < expanded; j++)
                _projected[expanded * m + j] = 0;
            _projected[expanded * m + column] = coupling;
            size = expanded + 1;

            if (expanded == m)
            {
                expanded = Restart(ritzValues, ritzVectors, coupling);
                size = expanded + 1;
            }
        }

        return Finish(ritzValues, ritzVectors, expanded, selected, iterations, exit, cancellationToken);
    }

    // Classical Gram–Schmidt against V[0..count-1] and the locked vectors, applied twice because one pass loses
    // orthogonality when the vector lies nearly in their span. Leaves the coefficients in _coefficients and
    // returns the norm of what remains.
    private double Orthogonalize(Span<double> vector, int count)
    {
        Array.Clear(_coefficients);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < count; i++)
            {
                double coefficient = TensorPrimitives.Dot(_basis[i], vector);
                _coefficients[i] += coefficient;
                TensorPrimitives.MultiplyAdd(_basis[i], -coefficient, vector, vector);
            }

            // The components along locked eigenvectors are of the size of their residuals; dropping them
            // restricts H to the complement at an error of that size.
            foreach (var locked in _locked)
                TensorPrimitives.MultiplyAdd(locked, -TensorPrimitives.Dot(locked, vector), vector, vector);
        }
        return TensorPrimitives.Norm<double>(vector);
    }

    private void ReportProgress(int iterations, double[] ritzValues, double[] ritzVectors, int index, int lastRow, int size, double coupling)
    {
        if (_options.Progress is null)
            return;
        double residualEstimate = Math.Abs(coupling * ritzVectors[lastRow * size + index]);
        _options.Progress.Report(new EigenIterationProgress(iterations, ritzValues[index], residualEstimate));
    }

    // A seeded random unit vector orthogonal to V[0..count-1].
    private void StartVector(double[] destination, int count)
    {
        RandomVectors.FillNormal(_random, destination);
        Orthogonalize(destination, count);
        TensorPrimitives.Multiply(destination, 1.0 / TensorPrimitives.Norm<double>(destination), destination);
    }

    // Eigen-decomposition of the symmetric part of the leading size × size block. Rounding makes the computed
    // block slightly non-symmetric, and its symmetric part is the Rayleigh–Ritz matrix.
    private void Decompose(int size, double[] ritzValues, double[] ritzVectors)
    {
        int m = _basisLimit;
        var block = new double[size * size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
                block[i * size + j] = 0.5 * (_projected[i * m + j] + _projected[j * m + i]);
        JacobiEigenSolver.Decompose(block, size, ritzValues, ritzVectors);
    }

    private static double SpectralScale(double[] ritzValues, int size)
    {
        double scale = Math.Max(Math.Abs(ritzValues[0]), Math.Abs(ritzValues[size - 1]));
        return scale > 0 ? scale : double.Epsilon;
    }

    // Indices of the `count` Ritz values at the requested end, from the extreme inwards.
    private int[] SelectWanted(double[] ritzValues, int size, int count)
    {
        var indices = new int[count];
        for (int i = 0; i < count; i++)
            indices[i] = _largest ? size - 1 - i : i;
        return indices;
    }

    // Keeps the Ritz vectors nearest the wanted end, with the residual direction V[m] appended: afterwards
    // H·Y = Y·Θ + V[keep]·bᵀ with b_i = β·s_{m−1,i}, which is the arrow-shaped projected matrix set here.
    private int Restart(double[] ritzValues, double[] ritzVectors, double coupling)
    {
        int m = _basisLimit;
        int keep = Math.Min(m - 1, _wanted + (m - _wanted) / 2);
        int[] kept = SelectWanted(ritzValues, m, keep);

        var newBasis = new double[keep][];
        for (int k = 0; k < keep; k++)
        {
            double[] combination = k < _spare.Length ? _spare[k] : new double[_dimension];
            Array.Clear(combination);
            for (int j = 0; j < m; j++)
                TensorPrimitives.MultiplyAdd(_basis[j], ritzVectors[j * m + kept[k]], combination, combination);
            newBasis[k] = combination;
        }
        // The old vectors are reused as storage for the next expansion instead of being reallocated.
        var residualDirection = _basis[m];
        var recycled = _basis.Take(m).ToArray();
        for (int k = 0; k < keep; k++)
            _basis[k] = newBasis[k];
        _basis[keep] = residualDirection;
        for (int k = keep + 1; k <= m; k++)
            _basis[k] = recycled[k - keep - 1];
        _spare = recycled[(m - keep)..];

        Array.Clear(_projected);
        for (int k = 0; k < keep; k++)
        {
            _projected[k * m + k] = ritzValues[kept[k]];
            _projected[keep * m + k] = coupling * ritzVectors[(m - 1) * m + kept[k]];
        }
        return keep;
    }

    private SpectrumEstimate Finish(double[] ritzValues, double[] ritzVectors, int size, int[] selected, int iterations, IterationExit exit, CancellationToken cancellationToken)
    {
        int count = selected.Length;
        var eigenvalues = new double[count];
        var eigenvectors = new double[count][];
        var residuals = new double[count];
        int products = iterations;

        for (int k = 0; k < count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            var vector = new double[_dimension];
            for (int j = 0; j < size; j++)
                TensorPrimitives.MultiplyAdd(_basis[j], ritzVectors[j * size + selected[k]], vector, vector);
            TensorPrimitives.Multiply(vector, 1.0 / TensorPrimitives.Norm<double>(vector), vector);

            // The explicit residual uses the Rayleigh quotient of the assembled vector, which can differ from
            // the Ritz value by rounding in the basis.
            _operator.Multiply(vector, _product);
            products++;
            if (!TensorPrimitives.IsFiniteAll<double>(_product))
                return NonFiniteResult(iterations, products);
            double rayleigh = TensorPrimitives.Dot(vector, _product);
            TensorPrimitives.MultiplyAdd(vector, -rayleigh, _product, _product);

            eigenvalues[k] = rayleigh;
            eigenvectors[k] = vector;
            residuals[k] = TensorPrimitives.Norm<double>(_product);
        }

        return new SpectrumEstimate(eigenvalues, _options.ComputeEigenvectors ? eigenvectors : null, residuals, iterations, products, exit);
    }

    private SpectrumEstimate NonFiniteResult(int iterations, int? products = null)
    {
        var nan = Enumerable.Repeat(double.NaN, _wanted).ToArray();
        return new SpectrumEstimate(nan, null, (double[])nan.Clone(), iterations, products ?? iterations, IterationExit.NonFinite);
    }
}
