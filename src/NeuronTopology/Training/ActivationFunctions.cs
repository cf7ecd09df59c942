using System.Numerics;
using System.Numerics.Tensors;

namespace NeuronTopology.Training;

/// <summary>Elementwise values and first and second derivatives of each <see cref="Activation"/>.</summary>
internal static class ActivationFunctions
{
    private const double InverseSqrtTwo = 0.70710678118654752440;
    private const double InverseSqrtTwoPi = 0.39894228040143267794;

    /// <summary>Writes σ(z) into <paramref name="output"/>, which may be the same span as <paramref name="z"/>.</summary>
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
        switch (activation)
        {
            case Activation.Identity:
                first.Fill(one);
                second.Clear();
                break;
            case Activation.Sigmoid:
                // σ′ = s(1 − s) and σ″ = σ′(1 − 2s).
                TensorPrimitives.Subtract(one, activated, first);
                TensorPrimitives.Multiply(activated, first, first);
                if (wantSecond)
                {
                    TensorPrimitives.Multiply(activated, -two, second);
                    TensorPrimitives.Add(second, one, second);
                    TensorPrimitives.Multiply(first, second, second);
                }
                break;
            case Activation.Tanh:
                // σ′ = 1 − t² and σ″ = −2tσ′.
                TensorPrimitives.Multiply(activated, activated, first);
                TensorPrimitives.Subtract(one, first, first);
                if (wantSecond)
                {
                    TensorPrimitives.Multiply(activated, -two, second);
                    TensorPrimitives.Multiply(first, second, second);
                }
                break;
            case Activation.Relu:
                for (int i = 0; i < z.Length; i++)
                    first[i] = z[i] > T.Zero ? one : T.Zero;
                second.Clear();
                break;
            case Activation.Gelu:
                for (int i = 0; i < z.Length; i++)
                {
                    double x = double.CreateTruncating(z[i]);
                    double density = InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);
                    first[i] = T.CreateTruncating(0.5 * (1.0 + ErrorFunction.Erf(x * InverseSqrtTwo)) + x * density);
                    if (wantSecond)
                        second[i] = T.CreateTruncating(density * (2.0 - x * x));
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    // Same association as PyTorch's CPU kernel: x · 0.5 · (1 + erf(x/√2)).
    private static double Gelu(double x) => x * 0.5 * (1.0 + ErrorFunction.Erf(x * InverseSqrtTwo));
}
