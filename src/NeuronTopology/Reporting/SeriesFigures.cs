using NeuronTopology.Experiments;
using ScottPlot;

namespace NeuronTopology.Reporting;

/// <summary>The report's figures over training steps: losses, Betti numbers, sharpness against η, bi-Lipschitz constants and distortion.</summary>
internal static class SeriesFigures
{
    /// <summary>Train and test loss on a log scale.</summary>
    public static byte[] Loss(IReadOnlyList<MetricsRow> rows)
    {
        var plot = new Plot();
        AddLog(plot, rows, row => row.TrainLoss, FigureStyle.Blue, "train loss");
        AddLog(plot, rows, row => row.TestLoss, FigureStyle.Orange, "test loss");
        FigureStyle.UseLogLeftAxis(plot);
        FigureStyle.Label(plot, "Loss", "step", "loss");
        plot.ShowLegend(Alignment.UpperRight);
        return FigureStyle.ToPng(plot);
    }

    /// <summary>b0, b1, b2 at 0.25 × diameter and the persistent features, against the step.</summary>
    public static byte[] Betti(IReadOnlyList<MetricsRow> rows)
    {
        MetricsRow[] measured = rows.Where(row => row.Betti is not null).ToArray();
        if (measured.Length == 0)
            return FigureStyle.Placeholder("Betti numbers", "topology was not recorded");
        double[] steps = measured.Select(row => (double)row.Step).ToArray();
        var plot = new Plot();
        Color[] colors = [FigureStyle.Blue, FigureStyle.Orange, FigureStyle.Green];
        for (int dimension = 0; dimension < 3; dimension++)
        {
            double[] counts = measured.Select(row => dimension < row.Betti!.Length ? (double)row.Betti[dimension] : double.NaN).ToArray();
            var line = FigureStyle.Line(plot, steps, counts, colors[dimension], $"b{dimension} at 0.25 × diameter");
            line.ConnectStyle = ConnectStyle.StepHorizontal;
        }
        double[] persistent = measured.Select(row => (double)(row.PersistentFeatures ?? 0)).ToArray();
        var features = FigureStyle.Line(plot, steps, persistent, FigureStyle.Gray, $"features persisting > {ExperimentRunner.PersistentFraction} × diameter");
        features.LinePattern = LinePattern.Dashed;
        features.ConnectStyle = ConnectStyle.StepHorizontal;
        FigureStyle.Label(plot, "Topology of the neuron cloud", "step", "count");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(-0.3, Math.Max(3, measured.Max(row => Math.Max(row.Betti!.Max(), row.PersistentFeatures ?? 0))) + 0.5);
        plot.ShowLegend(Alignment.UpperRight);
        return FigureStyle.ToPng(plot);
    }

    /// <summary>The critical learning rate 1/K over training against the learning rate η in use, log scale.</summary>
    public static byte[] CriticalLearningRate(IReadOnlyList<MetricsRow> rows)
    {
        if (!rows.Any(row => row.Sharpness is not null))
            return FigureStyle.Placeholder("Critical learning rate", "sharpness was not recorded");
        var plot = new Plot();
        AddLog(plot, rows, row => row.CriticalLearningRate, FigureStyle.Blue, "η* = 1/K");
        AddLog(plot, rows, row => row.LearningRate, FigureStyle.Red, "learning rate η", markers: false);
        FigureStyle.UseLogLeftAxis(plot);
        FigureStyle.Label(plot, "Critical learning rate against η (topology kept while η < 1/K)", "step", "learning rate");
        plot.ShowLegend(Alignment.UpperRight);
        return FigureStyle.ToPng(plot);
    }

    /// <summary>Step-to-step L₋ and L₊ of the update, with the theory's lower bound 1 − ηK on L₋.</summary>
    public static byte[] StepLipschitz(IReadOnlyList<MetricsRow> rows)
    {
        MetricsRow[] measured = rows.Where(row => row.LowerLipschitz is not null).ToArray();
        if (measured.Length == 0)
            return FigureStyle.Placeholder("Bi-Lipschitz constants of one step", "no step was measured");
        double[] steps = measured.Select(row => (double)row.Step).ToArray();
        var plot = new Plot();
        FigureStyle.Line(plot, steps, measured.Select(row => row.LowerLipschitz!.Value).ToArray(), FigureStyle.Blue, "L₋ of the step");
        FigureStyle.Line(plot, steps, measured.Select(row => row.UpperLipschitz!.Value).ToArray(), FigureStyle.Orange, "L₊ of the step");
        MetricsRow[] bounded = measured.Where(row => row.LowerBound is not null).ToArray();
        if (bounded.Length > 0)
        {
            var bound = FigureStyle.Line(plot, bounded.Select(row => (double)row.Step).ToArray(), bounded.Select(row => row.LowerBound!.Value).ToArray(), FigureStyle.Red, "bound 1 − ηK", markers: false);
            bound.LinePattern = LinePattern.Dashed;
        }
        FigureStyle.Label(plot, "One update as a map of neurons: L₋ ≥ 1 − ηK", "step", "Lipschitz constant");
        plot.ShowLegend(Alignment.LowerRight);
        return FigureStyle.ToPng(plot);
    }

    /// <summary>L₋(0→t), L₊(0→t) and the distortion D(0→t) of the map from the first snapshot, log scale.</summary>
    public static byte[] Distortion(IReadOnlyList<MetricsRow> rows)
    {
        var plot = new Plot();
        AddLog(plot, rows, row => row.DistortionFromStart, FigureStyle.Red, "D(0→t) = L₊/L₋");
        AddLog(plot, rows, row => row.UpperLipschitzFromStart, FigureStyle.Orange, "L₊(0→t)");
        AddLog(plot, rows, row => row.LowerLipschitzFromStart, FigureStyle.Blue, "L₋(0→t)");
        FigureStyle.UseLogLeftAxis(plot);
        FigureStyle.Label(plot, "Distortion of the map from the first snapshot", "step", "ratio of distances");
        plot.ShowLegend(Alignment.UpperLeft);
        return FigureStyle.ToPng(plot);
    }

    private static void AddLog(Plot plot, IReadOnlyList<MetricsRow> rows, Func<MetricsRow, double?> value, Color color, string legend, bool markers = true)
    {
        MetricsRow[] present = rows.Where(row => value(row) is not null).ToArray();
        (double[] x, double[] y) = FigureStyle.Log10(present.Select(row => (double)row.Step).ToArray(), present.Select(row => value(row)!.Value).ToArray());
        if (x.Length > 0)
            FigureStyle.Line(plot, x, y, color, legend, markers);
    }
}
