using System.Numerics;
using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// L = (1/N) Σ_n [log Σ_j e^(z_nj) − z_n,y_n], computed with the log-sum-exp shift by max_j z_nj so large logits do
/// not overflow. With p = softmax(z): ∂L/∂z = (p − e_y)/N and ∇²_z L · r = (p ⊙ r − p (p · r))/N per row.
/// </summary>
internal sealed class CrossEntropyLoss : Loss
{
    public override string Name => "ce";

    public override void Validate<T>(SupervisedData<T> data, int outputSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Labels is null)
            throw new ArgumentException("Cross-entropy needs integer class labels, but the data has regression targets.", nameof(data));
        int[] labels = data.Labels;
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= outputSize)
                throw new ArgumentException($"Label at row {i} is {labels[i]} but the network has {outputSize} outputs, so labels must be in [0, {outputSize - 1}].", nameof(data));
        }
    }

    internal override double Scale(int rowCount, int outputSize) => 1.0 / rowCount;

    internal override double Evaluate<T>(MatrixSegment<T> outputs, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> gradient)
    {
        int[] labels = data.Labels!;
        int classes = outputs.Columns;
        bool wantGradient = !gradient.IsEmpty;
        Span<double> probabilities = classes <= 256 ? stackalloc double[classes] : new double[classes];
        double sum = 0.0;
        for (int r = 0; r < rows.Length; r++)
        {
            Span<T> z = outputs.Row(r);
            int label = labels[rows[r]];
            double logSumExp = Softmax(z, probabilities);
            sum += logSumExp - double.CreateTruncating(z[label]);
            if (!wantGradient)
                continue;
            Span<T> g = gradient.Slice(r * classes, classes);
            for (int j = 0; j < classes; j++)
                g[j] = T.CreateTruncating(scale * (probabilities[j] - (j == label ? 1.0 : 0.0)));
        }
        return sum * scale;
    }

    internal override void HessianVectorProduct<T>(MatrixSegment<T> outputs, MatrixSegment<T> tangent, SupervisedData<T> data, ReadOnlySpan<int> rows, double scale, Span<T> result)
    {
        int classes = outputs.Columns;
        Span<double> probabilities = classes <= 256 ? stackalloc double[classes] : new double[classes];
        for (int r = 0; r < rows.Length; r++)
        {
            Softmax(outputs.Row(r), probabilities);
            Span<T> direction = tangent.Row(r);
            double projection = 0.0;
            for (int j = 0; j < classes; j++)
                projection += probabilities[j] * double.CreateTruncating(direction[j]);
            Span<T> h = result.Slice(r * classes, classes);
            for (int j = 0; j < classes; j++)
                h[j] = T.CreateTruncating(scale * probabilities[j] * (double.CreateTruncating(direction[j]) - projection));
        }
    }

    // Writes softmax(z) and returns log Σ e^z, both shifted by max z so no exponent exceeds 0.
    private static double Softmax<T>(ReadOnlySpan<T> z, Span<double> probabilities)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double max = double.NegativeInfinity;
        for (int j = 0; j < z.Length; j++)
            max = Math.Max(max, double.CreateTruncating(z[j]));
        double total = 0.0;
        for (int j = 0; j < z.Length; j++)
        {
            probabilities[j] = Math.Exp(double.CreateTruncating(z[j]) - max);
            total += probabilities[j];
        }
        for (int j = 0; j < z.Length; j++)
            probabilities[j] /= total;
        return max + Math.Log(total);
    }
}
