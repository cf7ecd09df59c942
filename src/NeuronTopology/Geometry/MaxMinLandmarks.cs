namespace NeuronTopology.Geometry;

/// <summary>
/// Greedy farthest-point (maxmin) landmark selection: a subset of a cloud that covers it evenly, used to bound the cost
/// of a Vietoris–Rips computation on a large cloud (de Silva and Carlsson, "Topological estimation using witness
/// complexes", 2004; Gonzalez, "Clustering to minimize the maximum intercluster distance", 1985).
/// </summary>
public static class MaxMinLandmarks
{
    /// <summary>
    /// Chooses <paramref name="count"/> points of <paramref name="cloud"/> (all of them when the cloud has no more).
    /// The first landmark is the point farthest from the centroid. Each next one is the point whose distance to its
    /// nearest landmark so far is largest. Ties go to the smallest index.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The result is deterministic and does not depend on the order of the points, apart from ties (equal distances to
    /// the last bit): permuting the cloud permutes the returned indices and leaves the chosen coordinates and their
    /// order unchanged.
    /// </para>
    /// <para>
    /// With r the returned covering radius, every point lies within r of a landmark, and any two landmarks are at
    /// least r apart, so r is at most twice the smallest covering radius any <paramref name="count"/> points can reach
    /// (Gonzalez 1985). The Vietoris–Rips complexes of the landmarks and of the whole cloud at scale ε then satisfy
    /// Rips_ε(landmarks) ⊆ Rips_ε(cloud), and mapping each point to its nearest landmark sends Rips_ε(cloud) into
    /// Rips_{ε+2r}(landmarks). These maps interleave the two filtrations with shift 2r, so the two persistence diagrams
    /// are within bottleneck distance 2r, and the Betti numbers at ε agree unless a class of either diagram is born or
    /// dies within 2r of ε.
    /// </para>
    /// <para>
    /// Distances are Euclidean, accumulated in double per coordinate. Cost: O(n × count × dimension) time and O(n)
    /// memory, one thread.
    /// </para>
    /// </remarks>
    /// <param name="cloud">The points; every coordinate must be finite.</param>
    /// <param name="count">Landmarks to choose; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cloud"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="cloud"/> is empty, or a coordinate is NaN or infinite.</exception>
    public static LandmarkSelection Select(PointCloud cloud, int count)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (cloud.Count == 0)
            throw new ArgumentException("The cloud is empty; landmarks need at least one point.", nameof(cloud));
        CloudValidation.RequireFinite(cloud, nameof(cloud));

        int n = cloud.Count;
        int chosen = Math.Min(count, n);
        var indices = new int[chosen];
        indices[0] = FarthestFromCentroid(cloud);

        // nearest[i] is the squared distance from point i to its nearest landmark so far.
        var nearest = new double[n];
        Array.Fill(nearest, double.PositiveInfinity);
        int farthest = AddLandmark(cloud, indices[0], nearest);
        for (int k = 1; k < chosen; k++)
        {
            indices[k] = farthest;
            farthest = AddLandmark(cloud, farthest, nearest);
        }
        return new LandmarkSelection(indices, Math.Sqrt(nearest[farthest]));
    }

    /// <summary>Lowers each point's nearest-landmark distance by the new landmark's and returns the point now farthest from every landmark.</summary>
    private static int AddLandmark(PointCloud cloud, int landmarkIndex, double[] nearest)
    {
        ReadOnlySpan<double> landmark = cloud[landmarkIndex];
        int farthest = 0;
        for (int i = 0; i < nearest.Length; i++)
        {
            double squared = SquaredDistance(cloud[i], landmark);
            if (squared < nearest[i])
                nearest[i] = squared;
            if (nearest[i] > nearest[farthest])
                farthest = i;
        }
        return farthest;
    }

    private static int FarthestFromCentroid(PointCloud cloud)
    {
        var centroid = new double[cloud.Dimension];
        for (int i = 0; i < cloud.Count; i++)
        {
            ReadOnlySpan<double> point = cloud[i];
            for (int c = 0; c < centroid.Length; c++)
                centroid[c] += point[c];
        }
        for (int c = 0; c < centroid.Length; c++)
            centroid[c] /= cloud.Count;

        int farthest = 0;
        double largest = -1;
        for (int i = 0; i < cloud.Count; i++)
        {
            double squared = SquaredDistance(cloud[i], centroid);
            if (squared > largest)
            {
                largest = squared;
                farthest = i;
            }
        }
        return farthest;
    }

    private static double SquaredDistance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int c = 0; c < a.Length; c++)
        {
            double difference = a[c] - b[c];
            sum += difference * difference;
        }
        return sum;
    }
}
