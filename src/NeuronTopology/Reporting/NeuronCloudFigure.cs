using System.Globalization;
using NeuronTopology.Geometry;
using ScottPlot;

namespace NeuronTopology.Reporting;

/// <summary>
/// The neuron cloud at the first and at the last snapshot, side by side, as in the paper's figures: the plane itself
/// for 2-D neurons (incoming weight, outgoing weight), the three coordinate planes for 3-D neurons, and the top two
/// principal axes of the first cloud for higher dimensions. Each neuron keeps its colour in both panels (its angle
/// around the centre of the first cloud, on a cyclic colour map), so a torn or folded loop shows as mixed colours.
/// </summary>
internal static class NeuronCloudFigure
{
    public static byte[] Render(long firstStep, PointCloud first, long lastStep, PointCloud last)
    {
        int d = first.Dimension;
        (int A, int B, string LabelA, string LabelB)[] planes = d switch
        {
            1 => [(0, 0, "θ₁", "θ₁")],
            2 => [(0, 1, "incoming weight w", "outgoing weight a")],
            3 => [(0, 1, "θ₁ (w₁)", "θ₂ (w₂)"), (0, 2, "θ₁ (w₁)", "θ₃ (a)"), (1, 2, "θ₂ (w₂)", "θ₃ (a)")],
            _ => [(0, 1, "principal axis 1", "principal axis 2")],
        };
        PrincipalProjection? projection = d > 3 ? new PrincipalProjection(first, 2) : null;

        double[] Coordinate(PointCloud cloud, int axis) => projection is not null ? projection.Project(cloud, axis) : Column(cloud, axis);

        // The colour key: the angle of each neuron around the first cloud's centre in the first plane.
        double[] keyX = Coordinate(first, planes[0].A);
        double[] keyY = Coordinate(first, planes[0].B);
        double centreX = keyX.Average();
        double centreY = keyY.Average();
        int[] order = Enumerable.Range(0, first.Count).OrderBy(i => Math.Atan2(keyY[i] - centreY, keyX[i] - centreX)).ToArray();

        var multiplot = new Multiplot();
        multiplot.AddPlots(2 * planes.Length);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(planes.Length == 1 ? 1 : 2, planes.Length == 1 ? 2 : planes.Length);
        for (int row = 0; row < 2; row++)
        {
            PointCloud cloud = row == 0 ? first : last;
            long step = row == 0 ? firstStep : lastStep;
            for (int column = 0; column < planes.Length; column++)
            {
                int index = planes.Length == 1 ? row : row * planes.Length + column;
                Plot plot = multiplot.GetPlot(index);
                double[] xs = Coordinate(cloud, planes[column].A);
                double[] ys = Coordinate(cloud, planes[column].B);
                var markers = plot.Add.Markers(order.Select(i => xs[i]).ToArray(), order.Select(i => ys[i]).ToArray(), MarkerShape.FilledCircle, cloud.Count > 2000 ? 2 : 3);
                markers.Colormap = new ScottPlot.Colormaps.Phase();
                string title = string.Create(CultureInfo.InvariantCulture, $"{(row == 0 ? "first" : "last")} snapshot, step {step}");
                FigureStyle.Label(plot, column == 0 || planes.Length == 1 ? title : "", planes[column].LabelA, planes[column].LabelB);
            }
        }
        int width = planes.Length == 1 ? 2 * 440 : planes.Length * 360;
        int height = planes.Length == 1 ? 420 : 2 * 340;
        using ScottPlot.Image image = multiplot.Render(width, height);
        return image.GetImageBytes(ImageFormat.Png);
    }

    private static double[] Column(PointCloud cloud, int axis)
    {
        var values = new double[cloud.Count];
        for (int i = 0; i < cloud.Count; i++)
            values[i] = cloud.Coordinates[i * cloud.Dimension + axis];
        return values;
    }
}
