using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// Scalar micro-kernel: a 4 × 4 tile, for hardware without vector acceleration.
/// </summary>
/// <remarks>
/// Uses <see cref="IFloatingPointIeee754{TSelf}.FusedMultiplyAdd"/>, which rounds once like the vector
/// kernels, so every kernel returns the same bits.
/// </remarks>
internal readonly unsafe struct MicroKernelScalar<T> : IGemmMicroKernel<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private const int TileSize = 4;

    public static int Rows => TileSize;

    public static int Columns => TileSize;

    public static void Run(int depth, T* packedA, T* packedB, T* c, nint rowStride, bool loadC)
    {
        T* tile = stackalloc T[TileSize * TileSize];
        for (int i = 0; i < TileSize; i++)
        {
            for (int j = 0; j < TileSize; j++)
                tile[i * TileSize + j] = loadC ? c[i * rowStride + j] : T.Zero;
        }

        for (int p = 0; p < depth; p++)
        {
            T* a = packedA + p * TileSize;
            T* b = packedB + p * TileSize;
            for (int i = 0; i < TileSize; i++)
            {
                for (int j = 0; j < TileSize; j++)
                    tile[i * TileSize + j] = T.FusedMultiplyAdd(a[i], b[j], tile[i * TileSize + j]);
            }
        }

        for (int i = 0; i < TileSize; i++)
        {
            for (int j = 0; j < TileSize; j++)
                c[i * rowStride + j] = tile[i * TileSize + j];
        }
    }
}
