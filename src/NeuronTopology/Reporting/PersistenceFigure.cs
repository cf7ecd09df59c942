using System.Globalization;
using NeuronTopology.Homology;
using ScottPlot;

namespace NeuronTopology.Reporting;

/// <summary>
/// Persistence diagrams at the first and last measurement, side by side: each interval a point (birth, death),
/// dimensions 0, 1 and 2 in different colours, infinite intervals drawn as triangles on a line above the finite ones,
/// the diagonal and the scale 0.25 × diameter of the paper's Betti numbers as dashed lines.
/// </summary>
internal static class PersistenceFigure
{
    public static byte[] Render(long firstStep, PersistenceDiagram first, double firstScale, long lastStep, PersistenceDiagram last, double lastScale)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Draw(multiplot.GetPlot(0), first, firstScale, $"first, step {firstStep.ToString(CultureInfo.InvariantCulture)}");
        Draw(multiplot.GetPlot(1), last, lastScale, $"last, step {lastStep.ToString(CultureInfo.InvariantCulture)}");
        using ScottPlot.Image image = multiplot.Render(2 * 440, 420);
        return image.GetImageBytes(ImageFormat.Png);
    }

    private static void Draw(Plot plot, PersistenceDiagram diagram, double scale, string title)
    {
        Color[] colors = [FigureStyle.Blue, FigureStyle.Orange, FigureStyle.Green];
        double top = 0;
        for (int dimension = 0; dimension <= diagram.MaxDimension; dimension++)
        {
            foreach (PersistenceInterval interval in diagram.Intervals(dimension))
                top = Math.Max(top, interval.IsInfinite ? interval.Birth : interval.Death);
        }
        top = Math.Max(top, scale) * 1.1;
        if (top == 0)
            top = 1;

        for (int dimension = 0; dimension <= Math.Min(2, diagram.MaxDimension); dimension++)
        {
            IReadOnlyList<PersistenceInterval> bars = diagram.Intervals(dimension);
            PersistenceInterval[] finite = bars.Where(bar => !bar.IsInfinite).ToArray();
            PersistenceInterval[] infinite = bars.Where(bar => bar.IsInfinite).ToArray();
            if (finite.Length > 0)
            {
                var points = plot.Add.ScatterPoints(finite.Select(bar => bar.Birth).ToArray(), finite.Select(bar => bar.Death).ToArray(), colors[dimension]);
                points.MarkerSize = 5;
                points.LegendText = $"H{dimension}";
            }
            if (infinite.Length > 0)
            {
                var points = plot.Add.ScatterPoints(infinite.Select(bar => bar.Birth).ToArray(), infinite.Select(_ => top).ToArray(), colors[dimension]);
                points.MarkerShape = MarkerShape.FilledTriangleUp;
                points.MarkerSize = 8;
                points.LegendText = finite.Length == 0 ? $"H{dimension}" : "";
            }
        }

        var diagonal = plot.Add.Line(0, 0, top, top);
        diagonal.Color = FigureStyle.Gray;
        diagonal.LineWidth = 1;
        var scaleLine = plot.Add.HorizontalLine(scale);
        scaleLine.Color = FigureStyle.Red;
        scaleLine.LinePattern = LinePattern.Dashed;
        scaleLine.LineWidth = 1;
        scaleLine.LegendText = "0.25 × diameter";
        var infinity = plot.Add.HorizontalLine(top);
        infinity.Color = FigureStyle.Gray;
        infinity.LinePattern = LinePattern.Dotted;
        infinity.LineWidth = 1;

        FigureStyle.Label(plot, title, "birth", "death (▲: never dies)");
        plot.Axes.SetLimits(-0.02 * top, top * 1.05, -0.02 * top, top * 1.05);
        plot.ShowLegend(Alignment.LowerRight);
    }
}
