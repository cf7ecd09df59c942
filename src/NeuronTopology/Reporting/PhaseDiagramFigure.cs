using NeuronTopology.Experiments;
using ScottPlot;

namespace NeuronTopology.Reporting;

/// <summary>
/// The phase diagram of a sweep, two panels against η on log axes: the distortion D(0→end) of each run, green where
/// the topology was kept and red where it broke; and each run's median measured 1/K with the line 1/K = η. Both panels
/// mark the empirical η* (solid, with its interval shaded) and the theory's η* (dashed).
/// </summary>
internal static class PhaseDiagramFigure
{
    public static byte[] Render(string name, PhaseDiagram diagram)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Plot distortion = multiplot.GetPlot(0);
        Plot critical = multiplot.GetPlot(1);

        foreach (bool broken in new[] { false, true })
        {
            SweepPoint[] points = diagram.Points.Where(point => point.IsBroken == broken && point.Distortion is double d && d > 0).ToArray();
            if (points.Length == 0)
                continue;
            double[] x = points.Select(point => Math.Log10(point.LearningRate)).ToArray();
            double[] y = points.Select(point => double.IsPositiveInfinity(point.Distortion!.Value) ? 12.0 : Math.Log10(point.Distortion.Value)).ToArray();
            var markers = distortion.Add.ScatterPoints(x, y, broken ? FigureStyle.Red : FigureStyle.Green);
            markers.MarkerSize = 9;
            markers.MarkerShape = broken ? MarkerShape.FilledSquare : MarkerShape.FilledCircle;
            markers.LegendText = broken ? "broken" : "preserved";
        }
        FigureStyle.Label(distortion, $"{name}: distortion against η", "learning rate η", "D(0→end)");
        FigureStyle.UseLogLeftAxis(distortion);

        SweepPoint[] measured = diagram.Points.Where(point => point.CriticalLearningRate is double rate && rate > 0).ToArray();
        if (measured.Length > 0)
        {
            double[] x = measured.Select(point => Math.Log10(point.LearningRate)).ToArray();
            double[] y = measured.Select(point => Math.Log10(point.CriticalLearningRate!.Value)).ToArray();
            var markers = critical.Add.ScatterPoints(x, y, FigureStyle.Blue);
            markers.MarkerSize = 8;
            markers.LegendText = "median measured 1/K";
            double low = Math.Min(x.Min(), y.Min()) - 0.2;
            double high = Math.Max(x.Max(), y.Max()) + 0.2;
            var diagonal = critical.Add.Line(low, low, high, high);
            diagonal.Color = FigureStyle.Gray;
            diagonal.LinePattern = LinePattern.Dotted;
            diagonal.LegendText = "1/K = η";
        }
        FigureStyle.Label(critical, "Measured critical learning rate", "learning rate η", "1/K");
        FigureStyle.UseLogLeftAxis(critical);

        (double left, double right) = RateRange(diagram);
        foreach (Plot plot in new[] { distortion, critical })
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                LabelFormatter = FormatRate,
            };
            plot.Axes.SetLimitsX(left, right);
            if (diagram.LargestPreserved is double preserved && diagram.SmallestBroken is double broken)
            {
                var band = plot.Add.HorizontalSpan(Math.Log10(preserved), Math.Log10(broken));
                band.FillStyle.Color = FigureStyle.Gray.WithAlpha(0.2);
                band.LineStyle.Width = 0;
                var line = plot.Add.VerticalLine(Math.Log10(diagram.EmpiricalCriticalLearningRate!.Value));
                line.Color = FigureStyle.Gray;
                line.LegendText = "empirical η*";
            }
            if (diagram.TheoreticalCriticalLearningRate is double theory)
            {
                var line = plot.Add.VerticalLine(Math.Log10(theory));
                line.Color = FigureStyle.Blue;
                line.LinePattern = LinePattern.Dashed;
                line.LegendText = "theory η* = median 1/K (preserved runs)";
            }
            plot.ShowLegend(Alignment.UpperLeft);
        }

        using ScottPlot.Image image = multiplot.Render(2 * 480, 420);
        return image.GetImageBytes(ImageFormat.Png);
    }

    /// <summary>
    /// Returns the range of the η axis in decades: every run's η, the empirical η* and the theory's η*, with a fifth of a
    /// decade of margin. The theory's line is drawn and named in the legend, so it must lie inside the axis.
    /// </summary>
    internal static (double Left, double Right) RateRange(PhaseDiagram diagram)
    {
        var exponents = diagram.Points.Select(point => Math.Log10(point.LearningRate)).ToList();
        if (diagram.EmpiricalCriticalLearningRate is double empirical && empirical > 0)
            exponents.Add(Math.Log10(empirical));
        if (diagram.TheoreticalCriticalLearningRate is double theory && theory > 0 && double.IsFinite(theory))
            exponents.Add(Math.Log10(theory));
        return exponents.Count == 0 ? (-1, 1) : (exponents.Min() - 0.2, exponents.Max() + 0.2);
    }

    /// <summary>
    /// Formats the tick at 10^<paramref name="exponent"/> in one notation for every magnitude, e.g. 1e-7, 2.5e-4, 1e0;
    /// the general format switched between 1E-07 and 0.0001 within one axis.
    /// </summary>
    internal static string FormatRate(double exponent)
        => Math.Pow(10, exponent).ToString("0.##e0", System.Globalization.CultureInfo.InvariantCulture);
}
