using NeuronTopology.Curvature;
using Xunit;

namespace NeuronTopology.Tests.Curvature;

/// <summary>
/// One gradient-descent step on L(θ) = Σ_i ½ θ_iᵀ A θ_i moves every neuron θ_i by the shared linear map
/// I − ηA. The Hessian of L is block-diagonal with blocks A, so K = λ_max(A), and for A ⪰ 0 every pairwise
/// distance is scaled by a factor in [1 − ηK, 1] while ηK &lt; 1.
/// </summary>
public class QuadraticStepTests
{
    private const int Dimension = 6;
    private static readonly double[] Spectrum = [0, 0.5, 1, 2, 3, 4];

    [Fact]
    public void Step_BelowCritical_ShrinksDistancesByAtMostOneMinusEtaK()
    {
        var (a, q) = CurvatureMatrix();
        var neurons = RandomNeurons(count: 24, seed: 21);
        // Two neurons that differ only along the top eigenvector attain the bound exactly.
        neurons.Add(Shifted(neurons[0], TopEigenvector(q), 1.0));
        double sharpness = MeasureSharpness(a, neurons.Count);
        double eta = 0.6 / sharpness;

        var after = neurons.Select(theta => GradientStep(a, theta, eta)).ToList();

        Assert.Equal(4.0, sharpness, 1e-10);
        double bound = 1 - eta * sharpness;
        double smallestRatio = double.PositiveInfinity;
        for (int i = 0; i < neurons.Count; i++)
            for (int j = 0; j < i; j++)
            {
                double ratio = Distance(after[i], after[j]) / Distance(neurons[i], neurons[j]);
                Assert.True(ratio >= bound - 1e-12, $"pair ({i}, {j}) shrank by {ratio} < 1 − ηK = {bound}");
                Assert.True(ratio <= 1 + 1e-12, $"pair ({i}, {j}) grew by {ratio}");
                smallestRatio = Math.Min(smallestRatio, ratio);
            }
        Assert.Equal(bound, smallestRatio, 1e-10);
    }

    [Fact]
    public void Step_AtCritical_MergesNeurons()
    {
        var (a, q) = CurvatureMatrix();
        var first = RandomNeurons(count: 1, seed: 22)[0];
        var second = Shifted(first, TopEigenvector(q), 0.7);
        double sharpness = MeasureSharpness(a, 2);

        double distance = Distance(GradientStep(a, first, 1 / sharpness), GradientStep(a, second, 1 / sharpness));

        Assert.True(distance < 1e-12, $"distance after the step {distance}");
    }

    [Fact]
    public void Step_AboveCritical_MergesAndCrossesNeurons()
    {
        // η = 1/3 with K = 4 gives ηK = 4/3. The map I − ηA scales the eigenvector of λ = 3 by 0, so neurons
        // that differ along it merge, and scales the top eigenvector by 1 − ηK = −1/3, so neurons that differ
        // along it swap sides. Below the critical rate every factor is at least 1 − ηK > 0, so neither happens.
        var (a, q) = CurvatureMatrix();
        var top = Eigenvector(q, Dimension - 1);
        var merging = Eigenvector(q, Dimension - 2);
        var origin = RandomNeurons(count: 1, seed: 23)[0];
        var alongTop = Shifted(origin, top, 1.0);
        var alongMerging = Shifted(origin, merging, 1.0);
        double sharpness = MeasureSharpness(a, 3);
        double eta = 1.0 / 3.0;

        var originAfter = GradientStep(a, origin, eta);
        var alongTopAfter = GradientStep(a, alongTop, eta);
        var alongMergingAfter = GradientStep(a, alongMerging, eta);

        Assert.Equal(4.0 / 3.0, eta * sharpness, 1e-10);
        Assert.True(Distance(originAfter, alongMergingAfter) < 1e-12, $"distance after the step {Distance(originAfter, alongMergingAfter)}");
        Assert.Equal(1.0, Dot(top, alongTop) - Dot(top, origin), 1e-12);
        Assert.Equal(-1.0 / 3.0, Dot(top, alongTopAfter) - Dot(top, originAfter), 1e-10);
    }

    private static (double[] Matrix, double[][] Rows) CurvatureMatrix()
    {
        var q = TestMatrices.RandomOrthogonal(Dimension, seed: 20);
        var a = new double[Dimension * Dimension];
        for (int i = 0; i < Dimension; i++)
            for (int j = 0; j < Dimension; j++)
                for (int k = 0; k < Dimension; k++)
                    a[i * Dimension + j] += q[i][k] * Spectrum[k] * q[j][k];
        return (a, q);
    }

    // Column k of Q is the eigenvector of Spectrum[k]; the top one is the last.
    private static double[] Eigenvector(double[][] q, int k) => Enumerable.Range(0, Dimension).Select(i => q[i][k]).ToArray();

    private static double[] TopEigenvector(double[][] q) => Eigenvector(q, Dimension - 1);

    private static double MeasureSharpness(double[] a, int neuronCount)
    {
        var hessian = new NeuronBlockHessian(a, neuronCount);
        var result = Sharpness.Measure(hessian);
        Assert.Equal(IterationExit.Converged, result.Exit);
        return result.Eigenvalue;
    }

    private static double[] GradientStep(double[] a, double[] theta, double eta)
    {
        var next = (double[])theta.Clone();
        for (int i = 0; i < Dimension; i++)
            for (int j = 0; j < Dimension; j++)
                next[i] -= eta * a[i * Dimension + j] * theta[j];
        return next;
    }

    private static List<double[]> RandomNeurons(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, Dimension).Select(_ => random.NextDouble() * 2 - 1).ToArray()).ToList();
    }

    private static double[] Shifted(double[] point, double[] direction, double amount) => point.Zip(direction, (p, d) => p + amount * d).ToArray();

    private static double Distance(double[] x, double[] y) => Math.Sqrt(x.Zip(y, (a, b) => (a - b) * (a - b)).Sum());

    private static double Dot(double[] x, double[] y) => x.Zip(y, (a, b) => a * b).Sum();

    /// <summary>The Hessian I ⊗ A of Σ_i ½ θ_iᵀ A θ_i over all neurons' parameters, laid out neuron by neuron.</summary>
    private sealed class NeuronBlockHessian(double[] a, int neuronCount) : IHessianOperator
    {
        public int Dimension => neuronCount * QuadraticStepTests.Dimension;

        public void Multiply(ReadOnlySpan<double> vector, Span<double> product)
        {
            const int d = QuadraticStepTests.Dimension;
            for (int neuron = 0; neuron < neuronCount; neuron++)
                for (int i = 0; i < d; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < d; j++)
                        sum += a[i * d + j] * vector[neuron * d + j];
                    product[neuron * d + i] = sum;
                }
        }
    }
}
