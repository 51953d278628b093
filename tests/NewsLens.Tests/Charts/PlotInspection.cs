using System.Globalization;
using NewsLens.Charts;

namespace NewsLens.Tests.Charts;

/// <summary>
/// Measures a ScottPlot chart as drawn (the data area of its last render, the axes' own tick positions, the shipped
/// font's text sizes) and lists what a reader would trip over: tick labels overlapping each other or leaving the
/// image, a title line wider than the space it is centred in, a legend inside the data area.
/// </summary>
internal static class PlotInspection
{
    public static List<string> Problems(ScottPlot.Plot plot, PlotSize? size = null)
    {
        size ??= PlotLayout.SizeOf(plot);
        var png = PlotLayout.Png(plot, size);
        Assert.True(png.Length > 1000);
        var render = plot.RenderManager.LastRender;
        var data = render.DataRect;
        var figure = render.FigureRect;
        var problems = new List<string>();
        var title = plot.Axes.Title.Label.Text ?? "";
        var name = title.Split('\n')[0];

        // Title: ScottPlot centres it between the image's left edge and the data area's right edge.
        var span = data.Right - figure.Left;
        foreach (var line in title.Split('\n').Where(l => l.Length > 0))
        {
            var width = PlotLayout.Measure(plot.Axes.Title.Label, line).Width;
            if (width > span)
            {
                problems.Add($"{name}: title line \"{line}\" is {F(width)} px wide, {F(span)} px available: it is cut");
            }
        }

        problems.AddRange(BottomLabelProblems(plot, data, figure).Select(p => $"{name}: {p}"));
        problems.AddRange(LeftLabelProblems(plot, data, figure).Select(p => $"{name}: {p}"));

        var hasLegendItems = plot.Legend.ManualItems.Count > 0
            || plot.GetPlottables().SelectMany(p => p.LegendItems).Any(i => !string.IsNullOrEmpty(i.LabelText));
        if (hasLegendItems && plot.Legend.IsVisible)
        {
            problems.Add($"{name}: the legend is drawn inside the data area");
        }

        if (hasLegendItems && !plot.Axes.GetPanels().Any(p => p.GetType().Name == "LegendPanel"))
        {
            problems.Add($"{name}: legend items but no legend beside the data");
        }

        return problems;
    }

    private static IEnumerable<string> BottomLabelProblems(ScottPlot.Plot plot, ScottPlot.PixelRect data, ScottPlot.PixelRect figure)
    {
        var axis = plot.Axes.Bottom;
        var style = axis.TickLabelStyle;
        var boxes = axis.TickGenerator.Ticks
            .Where(t => !string.IsNullOrWhiteSpace(t.Label) && t.Position >= axis.Min && t.Position <= axis.Max)
            .Select(t => (t.Label, Box: LabelBox(axis.GetPixel(t.Position, data), data.Bottom + axis.MajorTickStyle.Length + 2, PlotLayout.Measure(style, t.Label), style)))
            .OrderBy(b => b.Box.Min(p => p.X))
            .ToList();
        for (var i = 1; i < boxes.Count; i++)
        {
            if (Intersect(boxes[i - 1].Box, boxes[i].Box))
            {
                yield return $"x labels \"{boxes[i - 1].Label}\" and \"{boxes[i].Label}\" overlap";
            }
        }

        foreach (var (label, box) in boxes)
        {
            if (box.Min(p => p.X) < figure.Left - 0.5 || box.Max(p => p.X) > figure.Right + 0.5 || box.Max(p => p.Y) > figure.Bottom + 0.5)
            {
                yield return $"x label \"{label}\" leaves the image";
            }
        }
    }

    private static IEnumerable<string> LeftLabelProblems(ScottPlot.Plot plot, ScottPlot.PixelRect data, ScottPlot.PixelRect figure)
    {
        var axis = plot.Axes.Left;
        var style = axis.TickLabelStyle;
        var labels = axis.TickGenerator.Ticks
            .Where(t => !string.IsNullOrWhiteSpace(t.Label) && t.Position >= axis.Min && t.Position <= axis.Max)
            .Select(t => (t.Label, Y: axis.GetPixel(t.Position, data), Size: PlotLayout.Measure(style, t.Label)))
            .OrderBy(l => l.Y)
            .ToList();
        for (var i = 1; i < labels.Count; i++)
        {
            var gap = labels[i].Y - labels[i - 1].Y;
            var needed = (labels[i].Size.Height + labels[i - 1].Size.Height) / 2;
            if (gap < needed)
            {
                yield return $"y labels \"{labels[i - 1].Label}\" and \"{labels[i].Label}\" overlap ({F(gap)} px apart, {F(needed)} px high)";
            }
        }

        var labelRight = data.Left - axis.MajorTickStyle.Length - 5;
        foreach (var (label, _, size) in labels)
        {
            if (labelRight - size.Width < figure.Left - 0.5)
            {
                yield return $"y label \"{label}\" leaves the image";
            }
        }
    }

    /// <summary>The four corners of a label drawn at an anchor with its alignment, rotated about the anchor (clockwise degrees, as ScottPlot).</summary>
    private static (float X, float Y)[] LabelBox(float anchorX, float anchorY, ScottPlot.MeasuredText size, ScottPlot.LabelStyle style)
    {
        var (w, h) = (size.Width, size.Height);
        var rotation = style.Rotation;
        var alignment = rotation == 0 ? ScottPlot.Alignment.UpperCenter : style.Alignment;
        var left = alignment switch
        {
            ScottPlot.Alignment.UpperLeft or ScottPlot.Alignment.MiddleLeft or ScottPlot.Alignment.LowerLeft => 0,
            ScottPlot.Alignment.UpperRight or ScottPlot.Alignment.MiddleRight or ScottPlot.Alignment.LowerRight => -w,
            _ => -w / 2,
        };
        var top = alignment switch
        {
            ScottPlot.Alignment.UpperLeft or ScottPlot.Alignment.UpperCenter or ScottPlot.Alignment.UpperRight => 0,
            ScottPlot.Alignment.MiddleLeft or ScottPlot.Alignment.MiddleCenter or ScottPlot.Alignment.MiddleRight => -h / 2,
            _ => -h,
        };
        var radians = rotation * Math.PI / 180;
        var (cos, sin) = ((float)Math.Cos(radians), (float)Math.Sin(radians));
        (float, float)[] corners = [(left, top), (left + w, top), (left + w, top + h), (left, top + h)];
        return [.. corners.Select(c => (anchorX + (c.Item1 * cos) - (c.Item2 * sin), anchorY + (c.Item1 * sin) + (c.Item2 * cos)))];
    }

    /// <summary>Separating-axis test of two convex quadrilaterals (touching edges do not count).</summary>
    private static bool Intersect((float X, float Y)[] a, (float X, float Y)[] b)
    {
        foreach (var polygon in new[] { a, b })
        {
            for (var i = 0; i < polygon.Length; i++)
            {
                var (p, q) = (polygon[i], polygon[(i + 1) % polygon.Length]);
                var (nx, ny) = (q.Y - p.Y, p.X - q.X);
                var (minA, maxA) = (a.Min(v => (v.X * nx) + (v.Y * ny)), a.Max(v => (v.X * nx) + (v.Y * ny)));
                var (minB, maxB) = (b.Min(v => (v.X * nx) + (v.Y * ny)), b.Max(v => (v.X * nx) + (v.Y * ny)));
                var tolerance = 0.5 * Math.Sqrt((nx * nx) + (ny * ny));
                if (maxA <= minB + tolerance || maxB <= minA + tolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string F(float value) => value.ToString("0", CultureInfo.InvariantCulture);
}
