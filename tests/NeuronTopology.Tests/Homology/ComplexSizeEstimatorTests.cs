using NeuronTopology.Homology.Engine;
using Xunit;

namespace NeuronTopology.Tests.Homology;

/// <summary>
/// The memory estimate against exact simplex counts on a Gaussian cloud at its enclosing radius, where the
/// random-graph model C(deg, d)·q^C(d, 2) undercounts high-dimensional simplices by orders of magnitude.
/// </summary>
public sealed class ComplexSizeEstimatorTests
{
    private const int BytesPerStoredSimplex = 36;
    private const int BytesPerTopDimensionSimplex = 6;
    private const int BytesPerEdge = 100;
    private const int BytesPerReducedColumn = 36;
    private const int WorkingColumnBytesPerVertexDegree = 128;

    [Fact]
    public void EstimateFollowsExactCliqueCountsInHighDimension()
    {
        const int count = 40;
        const int maxDimension = 8;
        var random = new Random(5);
        var coordinates = new float[2 * count];
        for (int i = 0; i < coordinates.Length; i++)
            coordinates[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        float[] triangle = EuclideanDistances.LowerTriangle(coordinates, count, 2, threads: 1, CancellationToken.None);
        var filtration = RipsFiltrationBuilder.FromLowerTriangle(triangle, count, null, new BinomialCoefficientTable(count, maxDimension + 2),
            new PrimeField(2), out _);
        long edges = filtration.Edges().LongLength;

        // Simplices of dimension d are cliques of d + 1 vertices, counted once each in increasing vertex order.
        var simplices = new long[maxDimension + 1];
        for (int v = 0; v < count; v++)
        {
            _stack[0] = v;
            Extend(v, 0);
        }
        // The estimator's model with the exact simplex counts: storage, edges and dimension 0, then per dimension the
        // stored simplices, the columns' pivot-map entries and the working columns (n × average degree).
        double workingColumns = WorkingColumnBytesPerVertexDegree * 2.0 * edges;
        double exact = filtration.StorageBytes + (double)edges * (BytesPerEdge + BytesPerReducedColumn) + workingColumns;
        for (int d = 2; d <= maxDimension; d++)
        {
            exact += simplices[d] * (double)(d < maxDimension ? BytesPerStoredSimplex : BytesPerTopDimensionSimplex);
            exact += simplices[d] * (d < maxDimension ? 1.0 : 0.5) * BytesPerReducedColumn + workingColumns;
        }

        long estimate = ComplexSizeEstimator.EstimateBytes(filtration, maxDimension, edges);

        Assert.True(simplices[maxDimension] > 10_000, $"only {simplices[maxDimension]} top simplices; the cloud does not test high dimensions");
        Assert.InRange(estimate / exact, 0.5, 2.0);

        void Extend(int last, int dimension)
        {
            simplices[dimension]++;
            if (dimension == maxDimension)
                return;
            for (int w = last + 1; w < count; w++)
            {
                if (filtration.Distance(last, w) <= filtration.Threshold && AdjacentToAll(w, dimension))
                {
                    _stack[dimension + 1] = w;
                    Extend(w, dimension + 1);
                }
            }
        }

        bool AdjacentToAll(int w, int dimension)
        {
            for (int k = 0; k < dimension; k++)
            {
                if (filtration.Distance(_stack[k], w) > filtration.Threshold)
                    return false;
            }
            return true;
        }
    }

    private readonly int[] _stack = new int[16];

}
