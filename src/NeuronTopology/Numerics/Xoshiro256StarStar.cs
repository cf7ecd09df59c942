using System.Numerics;

namespace NeuronTopology.Numerics;

/// <summary>
/// The xoshiro256** pseudorandom generator (Blackman and Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4), 2021), seeded through <see cref="SplitMix64"/>: the project's source of
/// randomness for every seed, because <see cref="Random"/> does not specify its algorithm and its
/// sequences may change between .NET versions.
/// </summary>
/// <remarks>
/// Uniform doubles take the top 53 bits, and bounded integers use Lemire's multiply-and-reject method. Both,
/// and the shuffles built on them, are integer arithmetic, so a seed gives the same numbers on every
/// platform and runtime. Normal deviates use Marsaglia's polar method, and the second deviate of each pair is
/// kept for the next call. NOTE: the polar method calls <see cref="Math.Log(double)"/>, which .NET takes from
/// the platform's C library, so a normal deviate may differ in its last bit between operating systems.
/// An instance is not thread-safe. Give each thread its own generator, seeded with
/// <see cref="SplitMix64.DeriveSeed"/>.
/// </remarks>
public sealed class Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpareGaussian;

    /// <summary>Creates a generator whose four state words are the first four SplitMix64 outputs from <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong state = seed;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
    }

    private Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>Creates a generator with the given raw state, as the reference implementation's <c>s[0..3]</c>.</summary>
    /// <exception cref="ArgumentException">All four words are zero, the one state the generator cannot leave.</exception>
    public static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
            throw new ArgumentException("The xoshiro256** state must not be all zero.", nameof(s0));
        return new Xoshiro256StarStar(s0, s1, s2, s3);
    }

    /// <summary>Returns the next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = unchecked(BitOperations.RotateLeft(_s1 * 5, 7) * 9);
        ulong t = _s1 << 17;

        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);

        return result;
    }

    /// <summary>Returns a uniform double in [0, 1): the top 53 bits of <see cref="NextUInt64"/> times 2⁻⁵³.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// Returns a uniform double in [<paramref name="minimum"/>, <paramref name="maximum"/>), as
    /// minimum + (maximum − minimum)·u, or <paramref name="minimum"/> when the bounds are equal.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, <paramref name="maximum"/> is less than <paramref name="minimum"/>, or their difference overflows.</exception>
    public double NextDouble(double minimum, double maximum)
    {
        ThrowIfNotFinite(minimum, nameof(minimum));
        ThrowIfNotFinite(maximum, nameof(maximum));
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, minimum);
        double width = maximum - minimum;
        if (!double.IsFinite(width))
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The interval from {minimum} to {maximum} is wider than the largest double.");

        double value = minimum + width * NextDouble();
        // Rounding can carry u close to 1 onto the upper bound, which the interval excludes.
        return value < maximum || width == 0.0 ? value : Math.BitDecrement(maximum);
    }

    /// <summary>Returns a uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias (Lemire, ACM TOMACS 29(1), 2019).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int NextInt32(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        ulong bound = (ulong)maxExclusive;
        UInt128 product = (UInt128)NextUInt64() * bound;
        ulong low = (ulong)product;
        if (low < bound)
        {
            // Reject the few low words that would make some results one draw more likely than others.
            ulong threshold = unchecked(0UL - bound) % bound;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * bound;
                low = (ulong)product;
            }
        }
        return (int)(product >> 64);
    }

    /// <summary>Returns a standard normal deviate N(0, 1) by Marsaglia's polar method.</summary>
    /// <remarks>
    /// Each accepted pair (u, v) with s = u² + v² in (0, 1) yields two deviates u·√(−2 ln s / s) and
    /// v·√(−2 ln s / s); the second is returned by the next call.
    /// </remarks>
    public double NextGaussian()
    {
        if (_hasSpareGaussian)
        {
            _hasSpareGaussian = false;
            return _spareGaussian;
        }

        double u, v, s;
        do
        {
            u = 2.0 * NextDouble() - 1.0;
            v = 2.0 * NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        double factor = Math.Sqrt(-2.0 * Math.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpareGaussian = true;
        return u * factor;
    }

    /// <summary>Returns a normal deviate with the given mean and standard deviation (not variance).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mean"/> is not finite, or <paramref name="standardDeviation"/> is negative or not finite.</exception>
    public double NextGaussian(double mean, double standardDeviation)
    {
        ThrowIfNotFinite(mean, nameof(mean));
        ThrowIfNotFinite(standardDeviation, nameof(standardDeviation));
        ArgumentOutOfRangeException.ThrowIfNegative(standardDeviation);
        return mean + standardDeviation * NextGaussian();
    }

    /// <summary>Fills <paramref name="destination"/> with standard normal deviates, in order.</summary>
    public void FillGaussian(Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++)
            destination[i] = NextGaussian();
    }

    /// <summary>
    /// Shuffles <paramref name="items"/> in place by Fisher–Yates: for i from n − 1 down to 1, swaps item i
    /// with item j = <see cref="NextInt32"/>(i + 1).
    /// </summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt32(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Returns a uniformly random permutation of 0 … <paramref name="count"/> − 1 (the identity, then <see cref="Shuffle{T}"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public int[] NextPermutation(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var permutation = new int[count];
        for (int i = 0; i < count; i++)
            permutation[i] = i;
        Shuffle(permutation.AsSpan());
        return permutation;
    }

    private static void ThrowIfNotFinite(double value, string parameterName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(parameterName, value, "Expected a finite number.");
    }
}
