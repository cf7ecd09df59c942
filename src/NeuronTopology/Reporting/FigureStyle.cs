using System.Globalization;
using ScottPlot;

namespace NeuronTopology.Reporting;

/// <summary>The look shared by every report figure: white background, titles and labels in the notation of Yang et al. (arXiv 2510.02670), log axes.</summary>
internal static class FigureStyle
{
    public const int Width = 640;
    public const int Height = 420;

    public static readonly Color Blue = Color.FromHex("#1f77b4");
    public static readonly Color Orange = Color.FromHex("#ff7f0e");
    public static readonly Color Green = Color.FromHex("#2ca02c");
    public static readonly Color Red = Color.FromHex("#d62728");
    public static readonly Color Gray = Color.FromHex("#7f7f7f");

    public static void Label(Plot plot, string title, string xLabel, string yLabel)
    {
        plot.Title(title, size: 15);
        plot.XLabel(xLabel, size: 13);
        plot.YLabel(yLabel, size: 13);
        plot.Axes.Title.Label.Bold = false;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
    }

    /// <summary>
    /// Shows the left axis as log10: the plotted values must already be log10 of the data. Call it after adding the
    /// data: over two decades or more the ticks are the powers of ten; over less, ticks in between carry their values.
    /// </summary>
    public static void UseLogLeftAxis(Plot plot)
    {
        plot.Axes.AutoScale();
        AxisLimits limits = plot.Axes.GetLimits();
        bool decades = limits.Top - limits.Bottom >= 1.5;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = decades ? new ScottPlot.TickGenerators.LogMinorTickGenerator() : new ScottPlot.TickGenerators.EvenlySpacedMinorTickGenerator(2),
            IntegerTicksOnly = decades,
            LabelFormatter = decades ? FormatPowerOfTen : exponent => Math.Pow(10, exponent).ToString("G3", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>log10 of the positive finite values, paired with their x; other points are dropped.</summary>
    public static (double[] X, double[] Y) Log10(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int index = 0; index < x.Count; index++)
        {
            if (y[index] > 0 && double.IsFinite(y[index]))
            {
                xs.Add(x[index]);
                ys.Add(Math.Log10(y[index]));
            }
        }
        return (xs.ToArray(), ys.ToArray());
    }

    public static ScottPlot.Plottables.Scatter Line(Plot plot, double[] x, double[] y, Color color, string legend, bool markers = true)
    {
        var line = plot.Add.Scatter(x, y, color);
        line.LineWidth = 1.8f;
        line.MarkerSize = markers ? 4 : 0;
        line.LegendText = legend;
        return line;
    }

    public static byte[] ToPng(Plot plot, int width = Width, int height = Height) => plot.GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>A plot stating that there is nothing to show, so the report keeps its layout.</summary>
    public static byte[] Placeholder(string title, string message)
    {
        var plot = new Plot();
        plot.Title(title, size: 15);
        plot.Axes.Title.Label.Bold = false;
        var text = plot.Add.Text(message, 0, 0);
        text.LabelFontSize = 14;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.HideAxesAndGrid();
        return ToPng(plot);
    }

    private static string FormatPowerOfTen(double exponent)
    {
        int power = (int)Math.Round(exponent);
        return power switch
        {
            0 => "1",
            1 => "10",
            _ => "1e" + power.ToString(CultureInfo.InvariantCulture),
        };
    }
}
