using NeuronTopology.Cli.Formatting;
using NeuronTopology.Homology;
using NeuronTopology.IO;
using Spectre.Console.Cli;

namespace NeuronTopology.Cli.Commands;

/// <summary>
/// <c>ntopo homology</c>: Vietoris–Rips persistence barcodes of a point cloud or distance matrix, a drop-in for
/// Ripser 1.2.1. The barcodes go to standard output in Ripser's layout (or JSON). The input summary, which Ripser
/// prints on standard output, goes to standard error, so standard output contains only the barcodes.
/// </summary>
public sealed class HomologyCommand : Command<HomologySettings>
{
    /// <summary>
    /// The fraction of the diameter at which Yang et al. ("Topological Invariance and Breakdown in Learning", arXiv
    /// 2510.02670) measure Betti numbers; --json reports them there when no scale is given.
    /// </summary>
    public const double PaperRelativeScale = 0.25;

    private const string StandardInputName = "standard input";

    private readonly Func<RipsInput, RipsOptions, CancellationToken, PersistenceDiagram> _compute;

    /// <summary>Creates the command on the Vietoris–Rips engine.</summary>
    public HomologyCommand()
        : this(ComputeWithEngine)
    {
    }

    /// <summary>Creates the command on another engine, so that tests can check formatting with a known diagram.</summary>
    internal HomologyCommand(Func<RipsInput, RipsOptions, CancellationToken, PersistenceDiagram> compute)
    {
        _compute = compute;
    }

    public override int Execute(CommandContext context, HomologySettings settings, CancellationToken cancellationToken)
    {
        if (context.Remaining.Raw.Count > 0)
            throw new ArgumentException($"unexpected argument '{context.Remaining.Raw[0]}' after '--'; homology reads one FILE, given before the options or after them.");
        return Execute(settings, cancellationToken);
    }

    /// <summary>Runs the command on the console's streams; both Spectre and <see cref="HomologyDirectArguments"/> call it.</summary>
    internal int Execute(HomologySettings settings, CancellationToken cancellationToken)
    {
        // The result is written in one call at the end, so that a failure leaves standard output empty and
        // thousands of interval lines do not each cost a write to an auto-flushed console.
        var output = new StringWriter();
        int exitCode = Run(settings, Console.OpenStandardInput, output, Console.Error, cancellationToken);
        Console.Out.Write(output.ToString());
        Console.Out.Flush();
        return exitCode;
    }

    /// <summary>Reads the input, computes the barcodes and writes them; returns the exit code.</summary>
    /// <exception cref="InputFormatException">The input does not follow its format.</exception>
    /// <exception cref="ArgumentException">A setting is out of range for this input, such as --betti-at-relative above the threshold.</exception>
    internal int Run(HomologySettings settings, Func<Stream> openStandardInput, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        RipsInputFormat format = settings.InputFormat;
        string source = settings.ReadsStandardInput ? StandardInputName : settings.File!;
        if (!settings.ReadsStandardInput && Directory.Exists(settings.File))
            throw new ArgumentException($"'{settings.File}' is a directory; expected an input file.");

        // Distances are 32-bit floats, so text coordinates are read in 32 bits, half the memory, unless an output needs
        // the diameter (--json, --betti-at-relative), which is given in the input's double precision as GUDHI computes it.
        bool needsDiameter = settings.Json || settings.BettiAtRelativeText is not null;
        RipsInput input;
        using (Stream stream = settings.ReadsStandardInput ? openStandardInput() : File.OpenRead(settings.File!))
            input = RipsInput.Read(format, stream, source, singlePrecisionPoints: !needsDiameter);

        var options = new RipsOptions
        {
            MaxDimension = settings.Dimension,
            Threshold = settings.Threshold,
            Modulus = settings.Modulus,
            Threads = settings.Threads,
            MemoryLimitBytes = settings.MemoryLimitBytes,
        };
        // Inputs whose simplex indices overflow, or whose binomial table or distance triangle alone exceeds the
        // limit, are rejected before the summary and its O(n²) scans, so standard error holds only the error. A
        // point cloud under a threshold stores only the pairs below it, so the engine checks its triangle only when
        // it needs one.
        VietorisRips.EnsureSimplexIndexFits(input.Count, options);
        if (input.DistanceMatrix is not null || (input.SparseDistanceMatrix is null && settings.Threshold is null))
            VietorisRips.EnsureDistanceStorageFits(input.Count, options);

        // The O(n²) distance scans run only when the summary or the Betti scale needs them, as Ripser skips them too.
        var summary = new Lazy<InputDistanceSummary>(() => InputDistanceSummary.Compute(input, settings.Threshold));
        var diameter = new Lazy<double>(() => InputDistanceSummary.Diameter(input, settings.Threads));
        WriteSummary(error, input, summary, settings.Threshold);
        BettiRequest? bettiRequest = ResolveBettiScale(settings, diameter);

        PersistenceDiagram diagram;
        try
        {
            diagram = _compute(input, options, cancellationToken);
        }
        catch (ArgumentException exception) when (exception is not ArgumentOutOfRangeException)
        {
            // The engine names points by index, so the message also names the input they belong to.
            throw new ArgumentException($"{source}: {exception.Message}", exception);
        }

        if (settings.Json)
        {
            var run = new HomologyRunDescription(source, RipsInputFormatNames.Name(format), input.Count, settings.Dimension, settings.Threshold is not null,
                settings.RatioText is null ? null : settings.Ratio);
            var request = bettiRequest ?? new BettiRequest(PaperRelativeScale * diameter.Value, PaperRelativeScale);
            // The paper's default scale can lie above a given threshold; classes alive there may die before it, so
            // the counts would be wrong. An explicit scale was already rejected in that case, as in the text output.
            if (settings.Threshold is { } threshold && request.Scale > threshold)
            {
                string reason = FormattableString.Invariant(
                    $"the default scale {PaperRelativeScale} x diameter = {request.Scale} is above --threshold {threshold}; raise --threshold to at least {request.Scale} or give --betti-at");
                DiagramJsonWriter.Write(output, diagram, run, diameter.Value, betti: null, reason);
                return 0;
            }
            DiagramJsonWriter.Write(output, diagram, run, diameter.Value, Betti(diagram, request, diameter.Value, settings.Dimension), bettiUnavailableReason: null);
            return 0;
        }

        // Ripser lowers the dimension to n − 2, since n points have no homology above it, and prints only those headings.
        int shownDimension = Math.Min(settings.Dimension, Math.Max(0, input.Count - 2));
        RipserTextWriter.WriteIntervals(output, diagram, shownDimension, settings.Ratio);
        if (bettiRequest is { } requested)
            RipserTextWriter.WriteBettiNumbers(output, Betti(diagram, requested, requested.RelativeScale is null ? double.NaN : diameter.Value, settings.Dimension));
        return 0;
    }

    private static PersistenceDiagram ComputeWithEngine(RipsInput input, RipsOptions options, CancellationToken cancellationToken)
    {
        if (input.SinglePrecisionPointCloud is { } singleCloud)
            return VietorisRips.Compute(singleCloud, options, cancellationToken);
        if (input.PointCloud is { } cloud)
            return VietorisRips.Compute(cloud, options, cancellationToken);
        if (input.DistanceMatrix is { } dense)
            return VietorisRips.Compute(dense, options, cancellationToken);
        return VietorisRips.Compute(input.SparseDistanceMatrix!, options, cancellationToken);
    }

    // The lines Ripser 1.2.1 prints for each kind of input, except that the entry count after a threshold is out
    // of n(n − 1)/2 pairs, where Ripser prints (n² − 1)/2.
    private static void WriteSummary(TextWriter error, RipsInput input, Lazy<InputDistanceSummary> summary, double? threshold)
    {
        static string Number(double value) => CStreamNumberFormat.Format(value);

        if (input.SparseDistanceMatrix is { } sparse)
        {
            long pairs = (long)sparse.Count * (sparse.Count - 1) / 2;
            error.Write($"sparse distance matrix with {sparse.Count} points and {sparse.Edges.Count}/{pairs} entries\n");
            return;
        }
        if (input.PointCloud is not null || input.SinglePrecisionPointCloud is not null)
        {
            int dimension = input.PointCloud?.Dimension ?? input.SinglePrecisionPointCloud!.Dimension;
            error.Write($"point cloud with {input.Count} points in dimension {dimension}\n");
            if (threshold is not null)
                return;
        }

        var distances = summary.Value;
        error.Write($"value range: [{Number(distances.MinDistance)},{Number(distances.MaxDistance)}]\n");
        if (threshold is null)
            error.Write($"distance matrix with {input.Count} points, using threshold at enclosing radius {Number(distances.EnclosingRadius)}\n");
        else
            error.Write($"sparse distance matrix with {input.Count} points and {distances.EdgesWithinThreshold}/{distances.Pairs} entries\n");
    }

    private static BettiRequest? ResolveBettiScale(HomologySettings settings, Lazy<double> inputDiameter)
    {
        if (settings.BettiAt is { } scale)
            return new BettiRequest(scale, null);
        if (settings.BettiAtRelative is not { } relative)
            return null;

        double diameter = inputDiameter.Value;
        double relativeScale = relative * diameter;
        if (settings.Threshold is { } threshold && relativeScale > threshold)
        {
            throw new ArgumentException(
                $"--betti-at-relative {relative} is the scale {relativeScale} (diameter {diameter}), above --threshold {threshold}; "
                + $"classes alive at the threshold may die before it, so raise --threshold to at least {relativeScale}.");
        }
        return new BettiRequest(relativeScale, relative);
    }

    private static BettiReport Betti(PersistenceDiagram diagram, BettiRequest request, double diameter, int maxDimension)
    {
        // Dimensions the engine did not compute (above n − 2) have no intervals, so their Betti numbers are 0.
        int[] computed = diagram.BettiNumbers(request.Scale);
        var numbers = new int[maxDimension + 1];
        Array.Copy(computed, numbers, Math.Min(computed.Length, numbers.Length));
        return new BettiReport(request.Scale, request.RelativeScale, diameter, numbers);
    }

    private readonly record struct BettiRequest(double Scale, double? RelativeScale);
}
