using NeuronTopology.Geometry;

namespace NeuronTopology.Homology;

/// <summary>
/// The topology measure of Yang, Poggio, Chuang and Ziyin ("Topological Invariance and Breakdown in Learning",
/// arXiv 2510.02670): Betti numbers b0, b1, b2 of the Vietoris–Rips complex of the neuron cloud at
/// ε = 0.25 × its diameter.
/// </summary>
public static class PaperBetti
{
    /// <summary>Scale of the measure as a fraction of the cloud's diameter.</summary>
    public const double RelativeScale = 0.25;

    /// <summary>
    /// Computes b0, b1, b2 of the complex with every simplex of diameter ≤ ε (up to dimension 3, which is what kills
    /// 2-cycles), with coefficients in Z/<paramref name="modulus"/>. This is what GUDHI's
    /// <c>RipsComplex(max_edge_length=ε)</c> with <c>max_dimension=3</c> reports: a class that dies exactly at ε is
    /// dead there. The diameter is computed in double precision, but the complex uses 32-bit float distances. So an
    /// edge within about 1e-7 relative of ε may fall on the other side of ε than in a double-precision tool.
    /// </summary>
    /// <param name="cloud">The neuron cloud, one point per neuron.</param>
    /// <param name="relativeScale">ε as a fraction of the diameter; 0.25 in the paper.</param>
    /// <param name="modulus">Prime p of the coefficients Z/p.</param>
    /// <param name="threads">Worker threads; 0 means all processors.</param>
    /// <param name="cancellationToken">Cancels the computation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relativeScale"/> is negative or NaN, <paramref name="modulus"/> is not prime, or <paramref name="threads"/> is negative.</exception>
    /// <exception cref="ArgumentException">A coordinate is NaN or infinite.</exception>
    /// <exception cref="RipsComplexTooLargeException">The estimated memory exceeds what is available.</exception>
    public static PaperBettiNumbers Compute(PointCloud cloud, double relativeScale = RelativeScale, int modulus = 2, int threads = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        if (double.IsNaN(relativeScale) || relativeScale < 0)
            throw new ArgumentOutOfRangeException(nameof(relativeScale), relativeScale, "The relative scale must be a non-negative number.");
        var options = new RipsOptions { MaxDimension = 2, Modulus = modulus, Threads = threads };

        double diameter = CloudDiameter.Compute(cloud, threads).Diameter;
        double scale = relativeScale * diameter;
        var diagram = VietorisRips.Compute(cloud, options with { Threshold = scale }, cancellationToken);

        // At the threshold every class still alive is an infinite interval, and every finite one has died by then.
        int[] betti = new int[3];
        for (int dimension = 0; dimension <= 2; dimension++)
            betti[dimension] = diagram.Intervals(dimension).Count(interval => interval.IsInfinite);
        return new PaperBettiNumbers(diameter, scale, betti[0], betti[1], betti[2]);
    }
}
