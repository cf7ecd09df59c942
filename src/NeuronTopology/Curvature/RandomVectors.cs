namespace NeuronTopology.Curvature;

/// <summary>Seeded random start and probe vectors; the same seed gives the same vector on every run.</summary>
internal static class RandomVectors
{
    /// <summary>Fills <paramref name="destination"/> with standard normal draws (Box–Muller).</summary>
    public static void FillNormal(Random random, Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i += 2)
        {
            // 1 − U keeps the logarithm's argument in (0, 1].
            double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            double angle = 2.0 * Math.PI * random.NextDouble();
            destination[i] = radius * Math.Cos(angle);
            if (i + 1 < destination.Length)
                destination[i + 1] = radius * Math.Sin(angle);
        }
    }

    /// <summary>Fills <paramref name="destination"/> with independent ±1 entries of equal probability.</summary>
    public static void FillRademacher(Random random, Span<double> destination)
    {
        for (int start = 0; start < destination.Length; start += 64)
        {
            ulong bits = (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);
            int end = Math.Min(start + 64, destination.Length);
            for (int i = start; i < end; i++, bits >>= 1)
                destination[i] = (bits & 1) == 0 ? 1.0 : -1.0;
        }
    }
}
