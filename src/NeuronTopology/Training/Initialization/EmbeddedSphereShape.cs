using NeuronTopology.Geometry;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training.Initialization;

/// <summary>
/// The start of the MNIST experiments in arXiv 2510.02670 (Yang, Poggio, Chuang, Ziyin): neurons uniform on a unit 2-sphere (b₀ = 1, b₁ = 0, b₂ = 1) that
/// lies in a random 3-dimensional subspace of the neuron space. For the bias-free 784 → hidden → 10 network a
/// neuron has 794 coordinates: 784 incoming weights, then 10 outgoing weights.
/// </summary>
/// <remarks>
/// The subspace is spanned by the orthonormalized columns Q (D × 3) of a D × 3 matrix of N(0, 1) entries
/// (drawn row-major), so it is uniformly distributed. Each neuron is Q·u with u = g / ‖g‖ for g ~ N(0, I₃),
/// uniform on the unit sphere; since Q has orthonormal columns, every neuron has Euclidean norm 1.
/// </remarks>
public static class EmbeddedSphereShape
{
    /// <summary>Neuron dimension of the MNIST network 784 → hidden → 10 without biases: 784 incoming plus 10 outgoing weights.</summary>
    public const int MnistNeuronDimension = 784 + 10;

    /// <summary>Samples a random subspace of <paramref name="dimension"/>-space, then <paramref name="neuronCount"/> neurons on the unit sphere in it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="neuronCount"/> is not positive, or <paramref name="dimension"/> is less than 3.</exception>
    public static PointCloud Sample(int neuronCount, int dimension, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neuronCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 3);
        ArgumentNullException.ThrowIfNull(random);
        return Sample(neuronCount, RandomOrthonormalBasis(dimension, 3, random), random);
    }

    /// <summary>Samples <paramref name="neuronCount"/> points Q·u, u uniform on the unit sphere of ℝ³, for a given basis Q (D × 3, orthonormal columns).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="neuronCount"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="basis"/> does not have 3 columns.</exception>
    public static PointCloud Sample(int neuronCount, Matrix<double> basis, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(neuronCount);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(random);
        if (basis.Columns != 3)
            throw new ArgumentException($"Expected a basis with 3 columns, got {basis.Columns}.", nameof(basis));

        int dimension = basis.Rows;
        var coordinates = new double[neuronCount * dimension];
        Span<double> direction = stackalloc double[3];
        for (int i = 0; i < neuronCount; i++)
        {
            double norm;
            do
            {
                random.FillGaussian(direction);
                norm = Math.Sqrt(direction[0] * direction[0] + direction[1] * direction[1] + direction[2] * direction[2]);
            }
            while (norm == 0.0);

            Span<double> neuron = coordinates.AsSpan(i * dimension, dimension);
            for (int d = 0; d < dimension; d++)
                neuron[d] = (basis[d, 0] * direction[0] + basis[d, 1] * direction[1] + basis[d, 2] * direction[2]) / norm;
        }
        return new PointCloud(coordinates, neuronCount, dimension);
    }

    /// <summary>
    /// Returns a <paramref name="dimension"/> × <paramref name="rank"/> matrix with orthonormal columns, from a
    /// Gaussian matrix by modified Gram–Schmidt with one re-orthogonalization pass (orthogonal to about 1e-15).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is not positive or exceeds <paramref name="dimension"/>.</exception>
    public static Matrix<double> RandomOrthonormalBasis(int dimension, int rank, Xoshiro256StarStar random)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, dimension);
        ArgumentNullException.ThrowIfNull(random);

        var basis = new Matrix<double>(dimension, rank);
        random.FillGaussian(basis.Data);

        for (int j = 0; j < rank; j++)
        {
            // Two passes keep the columns orthogonal to rounding even when a Gaussian column is nearly dependent.
            for (int pass = 0; pass < 2; pass++)
            {
                for (int previous = 0; previous < j; previous++)
                {
                    double projection = 0.0;
                    for (int d = 0; d < dimension; d++)
                        projection += basis[d, previous] * basis[d, j];
                    for (int d = 0; d < dimension; d++)
                        basis[d, j] -= projection * basis[d, previous];
                }
            }

            double normSquared = 0.0;
            for (int d = 0; d < dimension; d++)
                normSquared += basis[d, j] * basis[d, j];
            double norm = Math.Sqrt(normSquared);
            if (norm < 1e-12)
                throw new InvalidOperationException("A Gaussian column was linearly dependent on the previous ones; this has probability zero.");
            for (int d = 0; d < dimension; d++)
                basis[d, j] /= norm;
        }
        return basis;
    }
}
