namespace NeuronTopology.Numerics;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014),
/// used to expand one 64-bit seed into the state of <see cref="Xoshiro256StarStar"/> and to derive
/// independent seeds for numbered streams.
/// </summary>
public static class SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> by the golden-ratio increment and returns the mixed output.</summary>
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + GoldenGamma);
        return Mix(state);
    }

    /// <summary>
    /// Derives the seed of stream <paramref name="stream"/> from <paramref name="seed"/>: two rounds of the
    /// SplitMix64 finalizer, so nearby seeds and stream numbers give unrelated results.
    /// </summary>
    public static ulong DeriveSeed(ulong seed, ulong stream)
    {
        ulong mixedSeed = Mix(unchecked(seed + GoldenGamma));
        return Mix(unchecked(mixedSeed ^ ((stream + 1) * GoldenGamma)));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
