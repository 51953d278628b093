using System.Collections.Immutable;
using NewsLens.Mentions;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;
using FSharpChart = Plotly.NET.Chart;

namespace NewsLens.Charts;

/// <summary>
/// Charts of actor mentions, each as an interactive Plotly.NET chart and as a ScottPlot image. They take
/// <see cref="MentionCounts"/> (never raw text); actor order is the counts' order (most mentioned first).
/// </summary>
public static class MentionCharts
{
    private const int DefaultTopActors = 8;
    private const string NoActorMentioned = "no actor of the dictionary is mentioned in this corpus";
    private const string CoMentionTitle = "Sentences naming both actors (co-mentions)";

    /// <summary>Grouped bars: one group of bars per outlet (or other group), one bar per actor, height = mentions (direct + linked unless <paramref name="directOnly"/>).</summary>
    public static GenericChart MentionsByGroup(MentionCounts counts, int topActors = DefaultTopActors, bool directOnly = false)
    {
        var what = directOnly ? "Direct mentions" : "Mentions (direct + linked)";
        var title = $"{what} of the top actors by {counts.Variable}";
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyChart(title, NoActorMentioned);
        }

        var groups = counts.Groups.Select(g => g.Name).ToArray();
        var traces = TopActors(counts, topActors).Select(actor => CSharpChart.Column<int, string, string>(
            values: [.. groups.Select(g => Value(counts[g, actor.Key], directOnly))],
            Keys: groups,
            Name: actor.Name));
        return Titled(CSharpChart.Combine(traces), title, counts.Variable, what);
    }

    /// <summary>Heat map of mention rates per 1,000 words: actors (rows) × groups (columns).</summary>
    public static GenericChart RateHeatmap(MentionCounts counts, int topActors = 12)
    {
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyChart(RateTitle(counts), NoActorMentioned);
        }

        var actors = TopActors(counts, topActors);
        var groups = counts.Groups.Select(g => g.Name).ToArray();
        var z = actors.Select(a => groups.Select(g => Math.Round(counts[g, a.Key].RatePer1000, 2)).ToArray()).ToArray();
        var chart = CSharpChart.Heatmap<double, string, string, string>(
            zData: z,
            X: groups,
            Y: actors.Select(a => a.Name).ToArray(),
            Name: "mentions per 1,000 words",
            ColorScale: StyleParam.Colorscale.Viridis,
            ReverseYAxis: true);
        return Titled(chart, RateTitle(counts), counts.Variable, "actor");
    }

    /// <summary>Symmetric matrix of sentence co-mentions (summed over groups) between the top actors.</summary>
    public static GenericChart CoMentionMatrix(MentionCounts counts, int topActors = 12)
    {
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyChart(CoMentionTitle, NoActorMentioned);
        }

        var actors = TopActors(counts, topActors);
        var matrix = CoMentionValues(counts, actors);
        var names = actors.Select(a => a.Name).ToArray();
        var chart = CSharpChart.Heatmap<int, string, string, string>(
            zData: matrix,
            X: names,
            Y: names,
            Name: "sentences naming both",
            ColorScale: StyleParam.Colorscale.Viridis,
            ReverseYAxis: true);
        return Titled(chart, CoMentionTitle, "actor", "actor");
    }

    /// <summary>ScottPlot twin of <see cref="MentionsByGroup"/>.</summary>
    public static ScottPlot.Plot MentionsByGroupPlot(MentionCounts counts, int topActors = DefaultTopActors, bool directOnly = false)
    {
        var what = directOnly ? "Direct mentions" : "Mentions (direct + linked)";
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyPlot($"{what} of the top actors by {counts.Variable}", NoActorMentioned);
        }

        ChartFonts.Register();
        var plot = new ScottPlot.Plot();
        var actors = TopActors(counts, topActors);
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<ScottPlot.Bar>();
        var slot = actors.Length + 1;
        for (var a = 0; a < actors.Length; a++)
        {
            var color = palette.GetColor(a);
            for (var g = 0; g < counts.Groups.Length; g++)
            {
                bars.Add(new ScottPlot.Bar { Position = (g * slot) + a, Value = Value(counts[counts.Groups[g].Name, actors[a].Key], directOnly), FillColor = color, LineWidth = 0 });
            }

            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = PlotLayout.LegendText(actors[a].Name), FillColor = color });
        }

        plot.Add.Bars(bars);
        var centers = counts.Groups.Select((_, g) => (g * slot) + ((actors.Length - 1) / 2.0)).ToArray();
        PlotLayout.CategoriesBottom(plot, [.. counts.Groups.Select(g => g.Name)], centers);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-1, (counts.Groups.Length * slot) - 1);
        plot.ShowLegend(ScottPlot.Edge.Right); // outside the data area, so it never hides a bar
        plot.Title($"{what} of the top actors by {counts.Variable}");
        plot.YLabel(what);
        plot.XLabel(counts.Variable);
        return plot;
    }

    /// <summary>ScottPlot twin of <see cref="RateHeatmap"/>.</summary>
    public static ScottPlot.Plot RateHeatmapPlot(MentionCounts counts, int topActors = 12)
    {
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyPlot(RateTitle(counts), NoActorMentioned);
        }

        var actors = TopActors(counts, topActors);
        var values = new double[actors.Length, counts.Groups.Length];
        for (var a = 0; a < actors.Length; a++)
        {
            for (var g = 0; g < counts.Groups.Length; g++)
            {
                values[a, g] = counts[counts.Groups[g].Name, actors[a].Key].RatePer1000;
            }
        }

        return HeatmapPlot(
            values,
            [.. counts.Groups.Select(g => g.Name)],
            [.. actors.Select(a => a.Name)],
            RateTitle(counts),
            counts.Variable,
            "mentions per 1,000 words");
    }

    /// <summary>ScottPlot twin of <see cref="CoMentionMatrix"/>.</summary>
    public static ScottPlot.Plot CoMentionMatrixPlot(MentionCounts counts, int topActors = 12)
    {
        if (IsEmpty(counts, topActors))
        {
            return NoData.EmptyPlot(CoMentionTitle, NoActorMentioned);
        }

        var actors = TopActors(counts, topActors);
        var matrix = CoMentionValues(counts, actors);
        var values = new double[actors.Length, actors.Length];
        for (var i = 0; i < actors.Length; i++)
        {
            for (var j = 0; j < actors.Length; j++)
            {
                values[i, j] = matrix[i][j];
            }
        }

        string[] names = [.. actors.Select(a => a.Name)];
        return HeatmapPlot(values, names, names, CoMentionTitle, "actor", "sentences");
    }

    /// <summary>Co-mention counts between the given actors, summed over groups, as rows of a symmetric matrix (diagonal 0).</summary>
    public static int[][] CoMentionValues(MentionCounts counts, ImmutableArray<Actor> actors)
    {
        var matrix = actors.Select(_ => new int[actors.Length]).ToArray();
        for (var i = 0; i < actors.Length; i++)
        {
            for (var j = 0; j < actors.Length; j++)
            {
                matrix[i][j] = i == j ? 0 : counts.CoMentionsOf(actors[i].Key, actors[j].Key);
            }
        }

        return matrix;
    }

    /// <summary>A ScottPlot heat map (Viridis) with each value written in its cell, in black or white by the cell's luminance.</summary>
    internal static ScottPlot.Plot HeatmapPlot(double[,] values, string[] columns, string[] rows, string title, string xLabel, string scaleLabel, string format = "0.#")
    {
        ChartFonts.Register();
        var plot = new ScottPlot.Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();

        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = scaleLabel;
        PlotLayout.CategoriesBottom(plot, columns);
        PlotLayout.CategoriesLeft(plot, rows, [.. rows.Select((_, i) => (double)(rows.Length - 1 - i))]);
        PlotLayout.SetSize(plot, PlotSize.Default with { Height = PlotLayout.HeightForRows(rows.Length, chrome: 230) });
        var values1D = values.Cast<double>().ToList();
        var (min, max) = (values1D.DefaultIfEmpty(0).Min(), values1D.DefaultIfEmpty(0).Max());
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var label = plot.Add.Text(values[r, c].ToString(format, System.Globalization.CultureInfo.InvariantCulture), c, rows.Length - 1 - r);
                label.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
                label.LabelFontColor = ScottPlot.Color.FromHex(CellText.On(CellText.Viridis(values[r, c], min, max)));
                label.LabelFontSize = 11;
            }
        }

        plot.Axes.SetLimits(-0.5, columns.Length - 0.5, -0.5, rows.Length - 0.5);
        plot.Title(title);
        if (xLabel.Length > 0)
        {
            plot.XLabel(xLabel);
        }

        return plot;
    }

    private static bool IsEmpty(MentionCounts counts, int topActors) => TopActors(counts, topActors).IsEmpty || counts.Groups.IsEmpty;

    private static string RateTitle(MentionCounts counts) => $"Mentions per 1,000 words, actor × {counts.Variable}";

    private static ImmutableArray<Actor> TopActors(MentionCounts counts, int top)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return [.. counts.Actors.Take(top)];
    }

    private static int Value(ActorCount count, bool directOnly) => directOnly ? count.Direct : count.Total;

    private static GenericChart Titled(GenericChart chart, string title, string xTitle, string yTitle)
    {
        var withTitle = FSharpChart.withTitle(title, null).Invoke(chart);
        var withX = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<double, double, string>(withTitle, TitleText: xTitle);
        return Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<double, double, string>(withX, TitleText: yTitle);
    }
}
