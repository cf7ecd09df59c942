namespace NeuronTopology.Homology.Engine;

/// <summary>Arithmetic in Z/p for a prime p &lt; 2³¹; elements are ints in 0..p − 1.</summary>
internal sealed class PrimeField
{
    // Inverses are tabulated for small p (the common case); larger primes use the extended Euclidean algorithm.
    private const int MaxTabulatedModulus = 1 << 16;
    private readonly int[]? _inverses;

    public PrimeField(int modulus)
    {
        if (!IsPrime(modulus))
            throw new ArgumentOutOfRangeException(nameof(modulus), modulus, "The coefficient modulus must be a prime number.");
        Modulus = modulus;
        if (modulus <= MaxTabulatedModulus)
        {
            _inverses = new int[modulus];
            for (int a = 1; a < modulus; a++)
                _inverses[a] = ComputeInverse(a, modulus);
        }
    }

    public int Modulus { get; }

    /// <summary>Returns a⁻¹ for a ≠ 0.</summary>
    public int Inverse(int a) => _inverses is null ? ComputeInverse(a, Modulus) : _inverses[a];

    public int Multiply(int a, int b) => (int)((long)a * b % Modulus);

    public int Add(int a, int b)
    {
        int sum = a + b;
        return sum >= Modulus || sum < 0 ? (int)((long)a + b - Modulus) : sum;
    }

    public int Negate(int a) => a == 0 ? 0 : Modulus - a;

    /// <summary>Returns true when <paramref name="value"/> is a prime number (trial division; value &lt; 2³¹).</summary>
    public static bool IsPrime(int value)
    {
        if (value < 2)
            return false;
        if (value % 2 == 0)
            return value == 2;
        for (int divisor = 3; (long)divisor * divisor <= value; divisor += 2)
        {
            if (value % divisor == 0)
                return false;
        }
        return true;
    }

    private static int ComputeInverse(int a, int modulus)
    {
        long oldR = a, r = modulus, oldS = 1, s = 0;
        while (r != 0)
        {
            long quotient = oldR / r;
            (oldR, r) = (r, oldR - quotient * r);
            (oldS, s) = (s, oldS - quotient * s);
        }
        long inverse = oldS % modulus;
        return (int)(inverse < 0 ? inverse + modulus : inverse);
    }
}
