using NeuronTopology.Geometry;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// Seeded point clouds for differential tests. Coordinates are rounded to 32-bit floats so that a tool reading their
/// decimal text as float (Ripser) sees exactly the same points.
/// </summary>
internal static class RandomClouds
{
    public static PointCloud Create(string kind, int seed, int count, int dimension)
    {
        var random = new Random(seed);
        var coordinates = new double[count * dimension];
        for (int i = 0; i < count; i++)
        {
            Span<double> point = coordinates.AsSpan(i * dimension, dimension);
            switch (kind)
            {
                case "uniform":
                    for (int t = 0; t < dimension; t++)
                        point[t] = random.NextDouble();
                    break;
                case "gaussian":
                    for (int t = 0; t < dimension; t++)
                        point[t] = Gaussian(random);
                    break;
                case "sphere":
                    double norm = 0;
                    for (int t = 0; t < dimension; t++)
                    {
                        point[t] = Gaussian(random);
                        norm += point[t] * point[t];
                    }
                    for (int t = 0; t < dimension; t++)
                        point[t] /= Math.Sqrt(norm);
                    break;
                case "torus":
                    // Torus of radii 2 and 1 in R³ with a little noise; extra coordinates stay zero.
                    double u = 2 * Math.PI * random.NextDouble(), v = 2 * Math.PI * random.NextDouble();
                    point[0] = (2 + Math.Cos(v)) * Math.Cos(u) + 0.02 * Gaussian(random);
                    point[1] = (2 + Math.Cos(v)) * Math.Sin(u) + 0.02 * Gaussian(random);
                    if (dimension > 2)
                        point[2] = Math.Sin(v) + 0.02 * Gaussian(random);
                    break;
                case "duplicates":
                    // Every third point repeats an earlier one exactly.
                    if (i % 3 == 2)
                        coordinates.AsSpan((i - 1 - random.Next(i - 1)) * dimension, dimension).CopyTo(point);
                    else
                        for (int t = 0; t < dimension; t++)
                            point[t] = random.NextDouble();
                    break;
                case "grid":
                    // Integer lattice points, with repeats: many equal distances and zero-length edges.
                    for (int t = 0; t < dimension; t++)
                        point[t] = random.Next(4);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cloud kind.");
            }
        }
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = (float)coordinates[i];
        return new PointCloud(coordinates, count, dimension);
    }

    private static double Gaussian(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
