using NeuronTopology.Geometry;
using Xunit;

namespace NeuronTopology.Tests.Geometry;

/// <summary>
/// One gradient-descent step on the quadratic loss Σᵢ ½ θᵢᵀAθᵢ + b·θᵢ with A = diag(K, 2, 1): every
/// neuron moves by the shared affine map θ ↦ (I − ηA)θ − ηb, whose singular values are |1 − ηλ| for
/// the eigenvalues λ of A, so L₋ ≥ 1 − ηK exactly when ηK ≤ 1.
/// </summary>
public sealed class QuadraticStepTests
{
    private const double Sharpness = 10;
    private static readonly double[] Eigenvalues = [Sharpness, 2, 1];
    private static readonly double[] Linear = [0.3, -0.2, 0.1];

    private static PointCloud Step(PointCloud cloud, double learningRate) =>
        RandomClouds.Map(cloud, theta => theta.Select((value, k) => value - learningRate * (Eigenvalues[k] * value + Linear[k])).ToArray());

    // Neurons 0 and 1 differ only along the top eigenvector, so their distance scales by exactly |1 − ηK|.
    private static PointCloud Start()
    {
        PointCloud random = RandomClouds.Uniform(120, 3, seed: 50);
        double[] coordinates = (double[])random.Coordinates.Clone();
        coordinates[3] = coordinates[0] + 0.5;
        coordinates[4] = coordinates[1];
        coordinates[5] = coordinates[2];
        return new PointCloud(coordinates, 120, 3);
    }

    [Fact]
    public void BelowCriticalRateBoundHolds()
    {
        double learningRate = 0.5 / Sharpness;
        PointCloud before = Start();

        BiLipschitzResult result = BiLipschitz.Compute(before, Step(before, learningRate), new BiLipschitzOptions { ContractionBound = 1 - learningRate * Sharpness });

        Assert.True(result.SatisfiesContractionBound);
        Assert.Equal(0.5, result.LowerConstant, 1e-12);
        Assert.Equal((0, 1), (result.LowerPair!.Value.First, result.LowerPair!.Value.Second));
        Assert.True(result.UpperConstant <= 1 - learningRate * 1 + 1e-12);
    }

    [Fact]
    public void AtCriticalRateNeuronsMerge()
    {
        double learningRate = 1 / Sharpness;
        PointCloud before = Start();
        PointCloud after = Step(before, learningRate);

        BiLipschitzResult result = BiLipschitz.Compute(before, after);
        NeuronClustering clusters = NeuronMerges.Cluster(after, MergeTolerance.Absolute(1e-12));

        Assert.Equal(0.0, result.LowerConstant, 1e-12);
        Assert.Equal(0, clusters.Labels[1]);
        Assert.True(clusters.ClusterCount < 120);
    }

    [Fact]
    public void AboveCriticalRateBoundIsVacuous()
    {
        double learningRate = 1.5 / Sharpness;
        PointCloud before = Start();

        BiLipschitzResult result = BiLipschitz.Compute(before, Step(before, learningRate), new BiLipschitzOptions { ContractionBound = 1 - learningRate * Sharpness });

        // The top direction is flipped and halved (1 − ηK = −0.5): nothing stops a pair from shrinking.
        Assert.Equal(0.5, result.LowerConstant, 1e-12);
        Assert.True(result.SatisfiesContractionBound);
        Assert.True(result.ContractionBound < 0);
    }
}
