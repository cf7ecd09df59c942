using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Training;

/// <summary>Elementwise values and first and second derivatives of each <see cref="Activation"/>.</summary>
internal static class ActivationFunctions
{
    private const double InverseSqrtTwo = 0.70710678118654752440;
    private const double InverseSqrtTwoPi = 0.39894228040143267794;

    /// <summary>Writes σ(z) into <paramref name="output"/>; the spans may be the same.</summary>
    public static void Apply<T>(Activation activation, ReadOnlySpan<T> z, Span<T> output)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        switch (activation)
        {
            case Activation.Identity:
                z.CopyTo(output);
                break;
            case Activation.Sigmoid:
                TensorPrimitives.Sigmoid(z, output);
                break;
            case Activation.Tanh:
                TensorPrimitives.Tanh(z, output);
                break;
            case Activation.Relu:
                for (int i = 0; i < z.Length; i++)
                    output[i] = z[i] > T.Zero ? z[i] : (T.IsNaN(z[i]) ? z[i] : T.Zero);
                break;
            case Activation.Gelu:
                for (int i = 0; i < z.Length; i++)
                    output[i] = T.CreateTruncating(Gelu(double.CreateTruncating(z[i])));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    /// <summary>
    /// Writes σ′(z) into <paramref name="first"/> and, when <paramref name="second"/> is not empty, σ″(z) into it.
    /// <paramref name="activated"/> is σ(z), from which sigmoid and tanh derive their derivatives.
    /// </summary>
    public static void Derivatives<T>(Activation activation, ReadOnlySpan<T> z, ReadOnlySpan<T> activated, Span<T> first, Span<T> second)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        bool wantSecond = !second.IsEmpty;
        T one = T.One;
        T two = one + one;
        for (int i = 0; i < z.Length; i++)
        {
            T d1;
            T d2;
            switch (activation)
            {
                case Activation.Identity:
                    d1 = one;
                    d2 = T.Zero;
                    break;
                case Activation.Sigmoid:
                    {
                        T s = activated[i];
                        d1 = s * (one - s);
                        d2 = d1 * (one - two * s);
                        break;
                    }
                case Activation.Tanh:
                    {
                        T t = activated[i];
                        d1 = one - t * t;
                        d2 = -two * t * d1;
                        break;
                    }
                case Activation.Relu:
                    d1 = z[i] > T.Zero ? one : T.Zero;
                    d2 = T.Zero;
                    break;
                case Activation.Gelu:
                    {
                        double x = double.CreateTruncating(z[i]);
                        double density = InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);
                        d1 = T.CreateTruncating(0.5 * (1.0 + ErrorFunction.Erf(x * InverseSqrtTwo)) + x * density);
                        d2 = T.CreateTruncating(density * (2.0 - x * x));
                        break;
                    }
                default:
                    throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            }
            first[i] = d1;
            if (wantSecond)
                second[i] = d2;
        }
    }

    // Same association as PyTorch's CPU kernel: x · 0.5 · (1 + erf(x/√2)).
    private static double Gelu(double x) => x * 0.5 * (1.0 + ErrorFunction.Erf(x * InverseSqrtTwo));
}
