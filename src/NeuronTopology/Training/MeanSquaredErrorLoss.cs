using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>L = (1 / (N·k)) Σ (z − y)² over N rows and k outputs; ∂L/∂z = 2(z − y)/(N·k); ∇²_z L = 2/(N·k) · I.</summary>
internal sealed class MeanSquaredErrorLoss : Loss
{
    public override string Name => "mse";

    public override void Validate<T>(SupervisedData<T> data, int outputSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Targets is null)
            throw new ArgumentException("Mean squared error needs regression targets, but the data has class labels.", nameof(data));
        if (data.Targets.Columns != outputSize)
            throw new ArgumentException($"Targets have {data.Targets.Columns} columns but the network has {outputSize} outputs.", nameof(data));
    }

    internal override double Scale(int rowCount, int outputSize) => 1.0 / ((double)rowCount * outputSize);

    internal override double Evaluate<T>(MatrixSegment<T> outputs, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> gradient)
    {
        Matrix<T> targets = data.Targets!;
        bool wantGradient = !gradient.IsEmpty;
        T twoScale = T.CreateTruncating(2.0 * scale);
        double sum = 0.0;
        for (int r = 0; r < rows.Length; r++)
        {
            Span<T> z = outputs.Row(r);
            Span<T> y = targets.Row(rows[r]);
            for (int j = 0; j < z.Length; j++)
            {
                T difference = z[j] - y[j];
                double d = double.CreateTruncating(difference);
                sum += d * d;
                if (wantGradient)
                    gradient[r * z.Length + j] = twoScale * difference;
            }
        }
        return sum * scale;
    }

    internal override void HessianVectorProduct<T>(MatrixSegment<T> outputs, MatrixSegment<T> tangent, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> result)
    {
        T twoScale = T.CreateTruncating(2.0 * scale);
        Span<T> source = tangent.AsSpan();
        for (int i = 0; i < source.Length; i++)
            result[i] = twoScale * source[i];
    }
}
