using NeuronTopology.Homology;
using NeuronTopology.Homology.Engine;
using Xunit;

namespace NeuronTopology.Tests.Homology;

public sealed class EngineBuildingBlockTests
{
    // Unit square: 0 = (0, 0), 1 = (1, 0), 2 = (1, 1), 3 = (0, 1); sides 1, diagonals √2.
    private static readonly float Diagonal = MathF.Sqrt(2);

    private static float[] SquareTriangle()
    {
        float[] coordinates = [0, 0, 1, 0, 1, 1, 0, 1];
        return EuclideanDistances.LowerTriangle(coordinates, 4, 2, threads: 1, CancellationToken.None);
    }

    private static RipsFiltration Square(bool sparse, int modulus = 2)
    {
        var binomial = new BinomialCoefficientTable(4, 4);
        var field = new PrimeField(modulus);
        float[] triangle = SquareTriangle();
        if (!sparse)
            return new DenseRipsFiltration(triangle, 4, Diagonal, binomial, field);
        var rows = new (int[] Vertices, float[] Distances)[4];
        for (int i = 0; i < 4; i++)
        {
            int start = i * (i - 1) / 2;
            rows[i] = (Enumerable.Range(0, i).ToArray(), triangle.AsSpan(start, i).ToArray());
        }
        return SparseRipsFiltration.FromLowerRows(rows, Diagonal, binomial, field);
    }

    [Fact]
    public void BinomialTableValues()
    {
        var table = new BinomialCoefficientTable(10, 4);

        Assert.Equal(1, table[0, 0]);
        Assert.Equal(10, table[5, 2]);
        Assert.Equal(210, table[10, 4]);
        Assert.Equal(0, table[2, 3]);
    }

    [Fact]
    public void BinomialTableVertexRoundTrip()
    {
        var table = new BinomialCoefficientTable(20, 4);
        Span<int> vertices = stackalloc int[3];

        // {2, 5, 7}: C(2,1) + C(5,2) + C(7,3) = 2 + 10 + 35.
        table.Vertices(47, 19, vertices);

        Assert.Equal([2, 5, 7], vertices.ToArray());
        Assert.Equal(47, table.Index([2, 5, 7]));
        for (long index = 0; index < table[20, 3]; index++)
        {
            table.Vertices(index, 19, vertices);
            Assert.Equal(index, table.Index(vertices));
        }
    }

    [Fact]
    public void BinomialTableOverflowReported()
    {
        var exception = Assert.Throws<SimplexIndexOverflowException>(() => new BinomialCoefficientTable(100_000, 5));

        Assert.Equal(100_000, exception.VertexCount);
        Assert.True(exception.SimplexCount > long.MaxValue);
        Assert.Contains("100000", exception.Message);
    }

    [Fact]
    public void UnionFindMergesComponents()
    {
        var sets = new UnionFind(5);

        sets.Link(sets.Find(0), sets.Find(1));
        sets.Link(sets.Find(3), sets.Find(4));
        sets.Link(sets.Find(1), sets.Find(4));

        Assert.Equal(sets.Find(0), sets.Find(3));
        Assert.NotEqual(sets.Find(0), sets.Find(2));
        Assert.Equal(2, Enumerable.Range(0, 5).Count(v => sets.Find(v) == v));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(65_537)]
    [InlineData(2_147_483_647)]
    public void PrimeFieldInverses(int modulus)
    {
        var field = new PrimeField(modulus);
        foreach (int a in new[] { 1, 2, modulus / 2, modulus - 1 }.Where(a => a > 0 && a < modulus))
            Assert.Equal(1, field.Multiply(a, field.Inverse(a)));
        Assert.Equal(0, field.Add(modulus - 1, 1));
        Assert.Equal(modulus - 1, field.Negate(1));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(9, false)]
    [InlineData(91, false)]
    [InlineData(97, true)]
    public void PrimeTest(int value, bool expected) => Assert.Equal(expected, PrimeField.IsPrime(value));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SquareEdgeCofacets(bool sparse)
    {
        var enumerator = Square(sparse, modulus: 3).CreateEnumerator(2);

        // Edge {0, 3} (index C(3, 2) + 0 = 3, length 1): inserting 2 or 1 between its vertices gives sign −1.
        int count = enumerator.Enumerate(new DiameterEntry(3, 1, 1), 1, onlyAboveTop: false);

        Assert.Equal(2, count);
        // {0, 2, 3} = C(0,1) + C(2,2) + C(3,3) = 2, then {0, 1, 3} = 0 + C(1,2) + C(3,3) = 1: decreasing index.
        Assert.Equal(new DiameterEntry(2, Diagonal, 2), enumerator.Buffer[0]);
        Assert.Equal(new DiameterEntry(1, Diagonal, 2), enumerator.Buffer[1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SquareCofacetsAboveTop(bool sparse)
    {
        var enumerator = Square(sparse).CreateEnumerator(2);

        // Edge {0, 1} (index 0): only vertices above 1 may be added, giving {0, 1, 3} = 1 and {0, 1, 2} = 0.
        int count = enumerator.Enumerate(new DiameterEntry(0, 1, 1), 1, onlyAboveTop: true);
        int countFromEdge12 = enumerator.Enumerate(new DiameterEntry(2, 1, 1), 1, onlyAboveTop: true);

        Assert.Equal(2, count);
        Assert.Equal(1, countFromEdge12);
        Assert.Equal(3, enumerator.Buffer[0].Index);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SquareApparentPairs(bool sparse)
    {
        var enumerator = Square(sparse).CreateEnumerator(2);
        // Diagonal {0, 2} has index C(2, 2) + 0 = 1; its cofacets {0, 2, 3} = 2 and {0, 1, 2} = 0 both have diameter √2.
        var diagonal = new DiameterEntry(1, Diagonal, 1);

        DiameterEntry zeroPivotCofacet = enumerator.ZeroPivotCofacet(diagonal, 1);
        DiameterEntry apparentCofacet = enumerator.ZeroApparentCofacet(diagonal, 1);
        // The last facet of {0, 2, 3} in filtration order with its diameter: facets {0, 2} = 1 and {2, 3} = 5 have
        // length √2 and 1 respectively, so {0, 2}.
        DiameterEntry zeroPivotFacet = enumerator.ZeroPivotFacet(new DiameterEntry(2, Diagonal, 1), 2);

        Assert.Equal(2, zeroPivotCofacet.Index);
        Assert.Equal(1, zeroPivotFacet.Index);
        Assert.Equal(2, apparentCofacet.Index);
        Assert.True(enumerator.IsInZeroApparentPair(diagonal, [0, 2]));
        // Side {0, 1} (length 1) has only cofacets of diameter √2: no zero-persistence partner.
        Assert.True(enumerator.ZeroPivotCofacet(new DiameterEntry(0, 1, 1), 1).IsNone);
    }

    [Fact]
    public void WorkingColumnSumsCoefficients()
    {
        var column = new WorkingColumn(new PrimeField(3));
        column.Push(new DiameterEntry(5, 1, 1));
        column.Push(new DiameterEntry(5, 1, 2));
        column.Push(new DiameterEntry(9, 2, 1));
        column.Push(new DiameterEntry(7, 1, 2));

        // Order: diameter 1 with larger index first: 7, then 5 (1 + 2 = 0 mod 3, cancelled), then 9.
        Assert.Equal(new DiameterEntry(7, 1, 2), column.PopPivot());
        Assert.Equal(new DiameterEntry(9, 2, 1), column.PopPivot());
        Assert.True(column.PopPivot().IsNone);
    }

    [Fact]
    public void ParallelSortEqualsArraySort()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 200_000).Select(_ => new DiameterIndex(random.Next(1000), random.Next(50) / 7f)).Distinct().ToArray();
        var expected = (DiameterIndex[])values.Clone();
        Array.Sort(expected);

        ParallelSort.Sort(values, threads: 3);

        Assert.Equal(expected, values);
    }
}
