using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// GEMM without packing for C with at most <see cref="MaxRows"/> rows and op(B) stored by rows:
/// C(i, :) is updated by one row of op(B) per step p, C(i, :) ← fma(op(A)(i, p), op(B)(p, :), C(i, :)).
/// </summary>
/// <remarks>
/// Such products (the weight gradient of a one-output layer, m = 1, k = batch) touch each element of B once,
/// so they are bound by memory traffic. Packing would copy B and read it again, and an MR-row tile would
/// compute MR − m padding rows. The update order is the same fused multiply-add chain over p as in the
/// blocked kernel, so the results are bit-identical to it.
/// </remarks>
internal static unsafe class RowUpdateProduct
{
    /// <summary>Maximum number of rows of C this path takes; each row streams op(B) once more.</summary>
    public const int MaxRows = 4;

    private const int UnitsPerThread = 4;

    /// <summary>Whether the product fits this path: few rows of C and op(B) = B, with contiguous rows.</summary>
    public static bool Applies<T>(int m, in GemmOperand<T> b)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => m <= MaxRows && !b.Transposed;

    /// <summary>Computes C ← op(A)·B, or C + op(A)·B when <paramref name="accumulate"/>, for m ≤ <see cref="MaxRows"/>.</summary>
    public static void Run<T>(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate, int threads)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int strip = 4 * Vector<T>.Count;
        int strips = (n + strip - 1) / strip;
        var product = new Strips<T>(m, n, k, a, b, c, rowStride, accumulate);
        if (threads <= 1 || strips < 2)
        {
            product.Update(0, n);
            return;
        }

        // Units are whole strips of columns, so the split cannot change which chain computes an element.
        int units = Math.Min(strips, threads * UnitsPerThread);
        Parallel.For(0, units, new ParallelOptions { MaxDegreeOfParallelism = threads }, unit =>
        {
            int first = (int)((long)strips * unit / units) * strip;
            int end = Math.Min(n, (int)((long)strips * (unit + 1) / units) * strip);
            product.Update(first, end);
        });
    }

    private sealed class Strips<T>(int m, int n, int k, GemmOperand<T> a, GemmOperand<T> b, T* c, nint rowStride, bool accumulate)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        // Updates columns [first, end) of every row of C.
        public void Update(int first, int end)
        {
            System.Diagnostics.Debug.Assert(end <= n);
            int width = Vector<T>.Count;
            nint depthStep = a.Transposed ? a.LeadingDimension : 1;
            for (int i = 0; i < m; i++)
            {
                T* row = c + i * rowStride;
                T* factors = a.At(i, 0);
                int j = first;
                for (; j + 4 * width <= end; j += 4 * width)
                    UpdateFourVectors(row + j, factors, depthStep, j);
                for (; j + width <= end; j += width)
                    UpdateOneVector(row + j, factors, depthStep, j);
                for (; j < end; j++)
                    UpdateScalar(row + j, factors, depthStep, j);
            }
        }

        private void UpdateFourVectors(T* target, T* factors, nint depthStep, int column)
        {
            int width = Vector<T>.Count;
            Vector<T> r0 = default, r1 = default, r2 = default, r3 = default;
            if (accumulate)
            {
                r0 = Vector.Load(target); r1 = Vector.Load(target + width);
                r2 = Vector.Load(target + 2 * width); r3 = Vector.Load(target + 3 * width);
            }

            for (int p = 0; p < k; p++)
            {
                var x = new Vector<T>(factors[p * depthStep]);
                T* source = b.At(p, column);
                r0 = FusedMultiplyAdd.Apply(x, Vector.Load(source), r0);
                r1 = FusedMultiplyAdd.Apply(x, Vector.Load(source + width), r1);
                r2 = FusedMultiplyAdd.Apply(x, Vector.Load(source + 2 * width), r2);
                r3 = FusedMultiplyAdd.Apply(x, Vector.Load(source + 3 * width), r3);
            }

            r0.Store(target); r1.Store(target + width);
            r2.Store(target + 2 * width); r3.Store(target + 3 * width);
        }

        private void UpdateOneVector(T* target, T* factors, nint depthStep, int column)
        {
            Vector<T> r = accumulate ? Vector.Load(target) : default;
            for (int p = 0; p < k; p++)
                r = FusedMultiplyAdd.Apply(new Vector<T>(factors[p * depthStep]), Vector.Load(b.At(p, column)), r);
            r.Store(target);
        }

        private void UpdateScalar(T* target, T* factors, nint depthStep, int column)
        {
            T r = accumulate ? *target : T.Zero;
            for (int p = 0; p < k; p++)
                r = T.FusedMultiplyAdd(factors[p * depthStep], *b.At(p, column), r);
            *target = r;
        }
    }
}
