using NeuronTopology.Numerics;

namespace NeuronTopology.Training;

/// <summary>
/// The training loss of a float64 network on a fixed set of rows, as a function of the flat parameter vector θ:
/// L(θ), ∇L(θ) and exact Hessian-vector products ∇²L(θ)·v. Sharpness (the top Hessian eigenvalue) is computed on it.
/// </summary>
/// <remarks>
/// The objective reads and writes <see cref="MultilayerPerceptron{T}.Parameters"/> of the network it was given.
/// Rows are split into one contiguous range per thread, each range is processed in sub-batches of
/// <see cref="SubBatchRows"/> rows, and the per-thread sums are added in thread order, so for a given thread count
/// every result is bit-for-bit reproducible, and different thread counts differ only by rounding.
/// A non-finite parameter or a diverged network gives NaN or ∞ results, not an exception.
/// The workspaces are reused across calls, so an objective serves one call at a time; create one objective per
/// thread to evaluate concurrently.
/// </remarks>
public sealed class TrainingObjective
{
    /// <summary>Rows per forward and backward pass, which bounds the workspace memory.</summary>
    public const int SubBatchRows = 256;

    private readonly SupervisedData<double> _data;
    private readonly int[] _rows;
    private readonly double _scale;
    private readonly Worker[] _workers;

    // Private copy of the direction of a Hessian-vector product, reused across products: the caller's span may not
    // live in an array, and a fresh copy per product would be one large-object allocation per Lanczos iteration.
    private double[]? _direction;

    /// <summary>Creates the objective of <paramref name="model"/> under <paramref name="loss"/> on <paramref name="data"/>.</summary>
    /// <param name="rows">Rows of <paramref name="data"/> to use (a fixed subset, for example one mini-batch), or null for all rows.</param>
    /// <param name="threads">Worker threads (default 1). Results are reproducible for a given count.</param>
    /// <exception cref="ArgumentException">The data does not fit the network or the loss, the row set is empty, or a row index is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is not positive.</exception>
    public TrainingObjective(MultilayerPerceptron<double> model, Loss loss, SupervisedData<double> data, IReadOnlyList<int>? rows = null, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        TrainingInputChecks.RequireCompatible(model.Architecture, loss, data);
        _rows = rows is null ? Enumerable.Range(0, data.Count).ToArray() : rows.ToArray();
        if (_rows.Length == 0)
            throw new ArgumentException("Expected at least one row for the objective.", nameof(rows));
        TrainingInputChecks.RequireRowIndices(_rows, data.Count, nameof(rows));

        Model = model;
        LossFunction = loss;
        _data = data;
        _scale = loss.Scale(_rows.Length, model.Architecture.OutputSize);
        int workerCount = Math.Min(threads, _rows.Length);
        _workers = new Worker[workerCount];
        for (int w = 0; w < workerCount; w++)
        {
            int start = (int)((long)_rows.Length * w / workerCount);
            int end = (int)((long)_rows.Length * (w + 1) / workerCount);
            _workers[w] = new Worker(start, end, Math.Min(SubBatchRows, end - start), model.Architecture);
        }
    }

    /// <summary>The network whose parameters are θ.</summary>
    public MultilayerPerceptron<double> Model { get; }

    /// <summary>The loss, averaged over the rows.</summary>
    public Loss LossFunction { get; }

    /// <summary>Number of parameters, the length of θ.</summary>
    public int ParameterCount => Model.Parameters.Length;

    /// <summary>Number of rows the loss averages over.</summary>
    public int RowCount => _rows.Length;

    /// <summary>Number of worker threads.</summary>
    public int Threads => _workers.Length;

    /// <summary>Copies θ into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The span length is not <see cref="ParameterCount"/>.</exception>
    public void GetParameters(Span<double> destination)
    {
        RequireLength(destination.Length, nameof(destination));
        Model.Parameters.CopyTo(destination);
    }

    /// <summary>Sets θ (into the network's parameter array).</summary>
    /// <exception cref="ArgumentException">The span length is not <see cref="ParameterCount"/>.</exception>
    public void SetParameters(ReadOnlySpan<double> parameters)
    {
        RequireLength(parameters.Length, nameof(parameters));
        parameters.CopyTo(Model.Parameters);
    }

    /// <summary>Returns L(θ), the mean loss over the rows.</summary>
    public double Loss() => Run(Pass.Loss, null);

    /// <summary>
    /// Returns L(θ) and, in the same forward pass, the accuracy: the fraction of rows whose largest output is at the
    /// row's class label. The first largest output counts on ties. A NaN output is never the largest, except in the
    /// first column, where it makes the row's prediction class 0.
    /// </summary>
    /// <exception cref="InvalidOperationException">The data has regression targets, not class labels.</exception>
    public double LossAndAccuracy(out double accuracy)
    {
        if (_data.Labels is null)
            throw new InvalidOperationException("Accuracy requires class labels, but this objective's data has regression targets.");
        double loss = Run(Pass.LossAndCorrect, null);
        long correct = 0;
        foreach (Worker worker in _workers)
            correct += worker.Correct;
        accuracy = correct / (double)_rows.Length;
        return loss;
    }

    /// <summary>Returns L(θ) and writes ∇L(θ) into <paramref name="gradient"/>.</summary>
    /// <exception cref="ArgumentException">The span length is not <see cref="ParameterCount"/>.</exception>
    public double LossAndGradient(Span<double> gradient)
    {
        RequireLength(gradient.Length, nameof(gradient));
        double loss = Run(Pass.Gradient, null);
        SumWorkerBuffers(gradient);
        return loss;
    }

    /// <summary>Writes ∇²L(θ)·<paramref name="v"/> into <paramref name="hv"/>, exact up to rounding (no finite differences).</summary>
    /// <remarks>For ReLU networks σ″ is taken as 0, the Hessian almost everywhere, as PyTorch's double backward does.</remarks>
    /// <exception cref="ArgumentException">A span length is not <see cref="ParameterCount"/>, or the spans overlap.</exception>
    public void HessianVectorProduct(ReadOnlySpan<double> v, Span<double> hv)
    {
        RequireLength(v.Length, nameof(v));
        RequireLength(hv.Length, nameof(hv));
        if (v.Overlaps(hv))
            throw new ArgumentException("The direction v and the product hv must not overlap.", nameof(hv));
        _direction ??= new double[ParameterCount];
        v.CopyTo(_direction);
        Run(Pass.HessianVectorProduct, _direction);
        SumWorkerBuffers(hv);
    }

    private double Run(Pass pass, double[]? direction)
    {
        if (_workers.Length == 1)
        {
            _workers[0].Run(this, pass, direction);
        }
        else
        {
            Parallel.For(0, _workers.Length, new ParallelOptions { MaxDegreeOfParallelism = _workers.Length },
                w => _workers[w].Run(this, pass, direction));
        }

        double loss = 0.0;
        foreach (Worker worker in _workers)
            loss += worker.Loss;
        return loss;
    }

    private void SumWorkerBuffers(Span<double> destination)
    {
        _workers[0].Buffer.CopyTo(destination);
        for (int w = 1; w < _workers.Length; w++)
        {
            double[] buffer = _workers[w].Buffer;
            for (int i = 0; i < destination.Length; i++)
                destination[i] += buffer[i];
        }
    }

    private void RequireLength(int length, string name)
    {
        if (length != ParameterCount)
            throw new ArgumentException($"Expected {ParameterCount} entries (one per parameter), got {length}.", name);
    }

    private enum Pass
    {
        Loss,
        LossAndCorrect,
        Gradient,
        HessianVectorProduct,
    }

    private sealed class Worker(int start, int end, int capacity, MlpArchitecture architecture)
    {
        private readonly MlpWorkspace<double> _workspace = new(architecture, Math.Max(1, capacity));
        private double[]? _buffer;

        public double Loss { get; private set; }

        /// <summary>Rows of this worker's range whose largest output is at their label, after a <see cref="Pass.LossAndCorrect"/> pass.</summary>
        public int Correct { get; private set; }

        /// <summary>This worker's share of the gradient or of Hv.</summary>
        public double[] Buffer => _buffer ??= new double[architecture.ParameterCount];

        public void Run(TrainingObjective objective, Pass pass, double[]? direction)
        {
            MultilayerPerceptron<double> model = objective.Model;
            Loss loss = objective.LossFunction;
            double sum = 0.0;
            int correct = 0;
            bool first = true;
            for (int batchStart = start; batchStart < end; batchStart += _workspace.Capacity)
            {
                int rows = Math.Min(_workspace.Capacity, end - batchStart);
                ReadOnlySpan<int> indices = objective._rows.AsSpan(batchStart, rows);
                objective._data.GatherInputs(indices, _workspace.Input(rows));
                model.Forward(_workspace, rows, threads: 1);

                Span<double> outputGradient = pass is Pass.Loss or Pass.LossAndCorrect ? [] : _workspace.OutputGradient(rows);
                sum += loss.Evaluate(_workspace.Output(rows), objective._data, indices, objective._scale, outputGradient);
                if (pass == Pass.LossAndCorrect)
                {
                    correct += CountCorrect(_workspace.Output(rows).AsSpan(), objective._data.Labels!, indices, architecture.OutputSize);
                }
                else if (pass == Pass.Gradient)
                {
                    model.Backward(_workspace, rows, Buffer, accumulate: !first, threads: 1);
                }
                else if (pass == Pass.HessianVectorProduct)
                {
                    model.Backward(_workspace, rows, null, accumulate: false, threads: 1);
                    model.TangentForward(_workspace, rows, direction!, threads: 1);
                    loss.HessianVectorProduct(_workspace.Output(rows), _workspace.TangentOutput(rows), objective._data, indices, objective._scale, _workspace.TangentOutputGradient(rows));
                    model.TangentBackward(_workspace, rows, direction!, Buffer, accumulate: !first, threads: 1);
                }
                first = false;
            }
            Loss = sum;
            Correct = correct;
        }

        private static int CountCorrect(ReadOnlySpan<double> outputs, int[] labels, ReadOnlySpan<int> indices, int classes)
        {
            int correct = 0;
            for (int row = 0; row < indices.Length; row++)
            {
                ReadOnlySpan<double> scores = outputs.Slice(row * classes, classes);
                int best = 0;
                for (int k = 1; k < scores.Length; k++)
                {
                    if (scores[k] > scores[best])
                        best = k;
                }
                if (best == labels[indices[row]])
                    correct++;
            }
            return correct;
        }
    }
}
