using System.Runtime.CompilerServices;

namespace NeuronTopology.Homology.Engine;

/// <summary>A Rips filtration over a full distance matrix, stored as its strict lower triangle in 32-bit floats.</summary>
internal sealed class DenseRipsFiltration : RipsFiltration
{
    public DenseRipsFiltration(float[] lowerTriangle, int vertexCount, float threshold, BinomialCoefficientTable binomial, PrimeField field)
        : base(vertexCount, threshold, binomial, field)
    {
        LowerTriangle = lowerTriangle;
    }

    /// <summary>d(i, j) for i &gt; j at i(i − 1)/2 + j.</summary>
    public float[] LowerTriangle { get; }

    public override long StorageBytes => (long)LowerTriangle.Length * sizeof(float);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override float Distance(int i, int j)
    {
        float distance = i > j ? LowerTriangle[(long)i * (i - 1) / 2 + j] : LowerTriangle[(long)j * (j - 1) / 2 + i];
        return distance <= Threshold ? distance : float.PositiveInfinity;
    }

    public override DiameterIndex[] Edges()
    {
        var edges = new List<DiameterIndex>();
        long position = 0;
        for (int i = 1; i < VertexCount; i++)
        {
            for (int j = 0; j < i; j++, position++)
            {
                float distance = LowerTriangle[position];
                if (distance <= Threshold)
                    edges.Add(new DiameterIndex(position, distance));
            }
        }
        return edges.ToArray();
    }

    public override CoboundaryEnumerator CreateEnumerator(int maxDimension) => new DenseCoboundaryEnumerator(this, maxDimension);
}
