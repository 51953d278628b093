using Microsoft.FSharp.Core;
using NewsLens.Comparison;
using Plotly.NET;
using Plotly.NET.CSharp;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace NewsLens.Charts;

/// <summary>Charts of source comparison: keyness bars, similarity heat maps and framing-term shares (Plotly.NET and ScottPlot twins).</summary>
public static class ComparisonCharts
{
    /// <summary>One panel per group: its most over-used features, longest bar on top.</summary>
    public static GenericChart KeynessBars(KeynessResult result, int top = 10)
    {
        if (result.Groups.IsEmpty || result.Top(top).IsEmpty)
        {
            return NoData.EmptyChart(KeynessTitle(result), NoKeyWords);
        }

        var panels = result.Groups.Select(group =>
        {
            var scores = result.Top(top).Where(s => s.Group == group).Reverse().ToList();
            return PlotlyChart.Bar<double, string, string>(
                values: scores.Select(s => s.Score),
                Keys: new Optional<IEnumerable<string>>(scores.Select(s => s.Feature), true),
                Name: group,
                MarkerColor: SeriesColors.Plotly(group),
                ShowLegend: false);
        }).ToList();
        var longest = result.Top(top).Select(s => s.Feature.Length).DefaultIfEmpty(0).Max();
        return PlotlyHelpers.Panels(panels, result.Groups, longest, top, KeynessTitle(result), 1000);
    }

    public static ScottPlot.Plot KeynessBarsPlot(KeynessResult result, int top = 10)
    {
        if (result.Groups.IsEmpty || result.Top(top).IsEmpty)
        {
            return NoData.EmptyPlot(KeynessTitle(result), NoKeyWords);
        }

        ChartFonts.Register();
        var plot = new ScottPlot.Plot();
        var bars = new List<ScottPlot.Bar>();
        var labels = new List<string>();
        var positions = new List<double>();
        var position = 0.0;
        for (var g = result.Groups.Length - 1; g >= 0; g--)
        {
            var colour = SeriesColors.ScottPlot(result.Groups[g]);
            foreach (var score in result.Top(top).Where(s => s.Group == result.Groups[g]).Reverse())
            {
                bars.Add(new ScottPlot.Bar { Position = position, Value = score.Score, FillColor = colour, Orientation = ScottPlot.Orientation.Horizontal });
                labels.Add(score.Feature);
                positions.Add(position);
                position++;
            }

            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = PlotLayout.LegendText(result.Groups[g]), FillColor = colour });
            position += 1; // a gap between groups
        }

        plot.Add.Bars(bars);
        PlotLayout.CategoriesLeft(plot, labels, positions);
        PlotLayout.SetSize(plot, PlotSize.Default with { Height = PlotLayout.HeightForRows((int)position) });
        plot.Axes.SetLimitsY(-1, position - 1);
        plot.Title(KeynessTitle(result));
        plot.XLabel(result.Options.Measure == KeynessMeasure.LogLikelihood ? "signed G² (positive = over-used by the outlet)" : "log-odds z-score (positive = over-used by the outlet)");
        plot.ShowLegend(ScottPlot.Edge.Right);
        return plot;
    }

    /// <summary>Heat map of one similarity metric, each cell annotated with its value.</summary>
    public static GenericChart SimilarityHeatmap(SimilarityMatrix matrix, SimilarityMetric metric = SimilarityMetric.Cosine)
    {
        if (matrix.Labels.IsEmpty)
        {
            return NoData.EmptyChart(SimilarityTitle(metric), NoGroups);
        }

        var values = matrix.Values(metric);
        var n = matrix.Labels.Length;
        var rows = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => Math.Round(values[i, j], 3)).ToArray()).ToArray();
        var (min, max) = (rows.SelectMany(r => r).Min(), rows.SelectMany(r => r).Max());
        var chart = PlotlyChart.Heatmap<double, string, string, string>(
            zData: rows,
            X: new Optional<IEnumerable<string>>(matrix.Labels, true),
            Y: new Optional<IEnumerable<string>>(matrix.Labels, true),
            ColorScale: StyleParam.Colorscale.Viridis,
            ReverseYAxis: true);

        // Each value in its cell, black or white by the cell's luminance (plotly.js draws the same Viridis colour).
        var annotations = Enumerable.Range(0, n).SelectMany(i => Enumerable.Range(0, n).Select(j => new Dictionary<string, object>
        {
            ["x"] = matrix.Labels[j],
            ["y"] = matrix.Labels[i],
            ["text"] = rows[i][j].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            ["showarrow"] = false,
            ["font"] = new Dictionary<string, object> { ["color"] = CellText.On(CellText.Viridis(rows[i][j], min, max)) },
        })).ToArray();
        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("annotations", annotations);
        chart = GenericChart.setLayout(layout, chart);
        return PlotlyHelpers.Titled(chart, SimilarityTitle(metric), 800, 700);
    }

    public static ScottPlot.Plot SimilarityHeatmapPlot(SimilarityMatrix matrix, SimilarityMetric metric = SimilarityMetric.Cosine)
    {
        if (matrix.Labels.IsEmpty)
        {
            return NoData.EmptyPlot(SimilarityTitle(metric), NoGroups);
        }

        var values = matrix.Values(metric);
        string[] labels = [.. matrix.Labels];
        return MentionCharts.HeatmapPlot(values, labels, labels, SimilarityTitle(metric), "", metric == SimilarityMetric.Cosine ? "cosine similarity" : "Jaccard index", "0.00");
    }

    /// <summary>For one framing group: each outlet's share of each term, stacked to 100%.</summary>
    public static GenericChart FramingShares(IEnumerable<FramingUsage> usages, string framingGroup)
    {
        var inGroup = usages.Where(u => u.FramingGroup == framingGroup).ToList();
        if (inGroup.All(u => u.Count == 0))
        {
            return NoData.EmptyChart($"Word choice: {framingGroup}", NoFramingTerm(framingGroup));
        }

        var outlets = inGroup.Select(u => u.Group).Distinct().ToList();
        var terms = inGroup.Select(u => u.Term).Distinct().ToList();
        var traces = terms.Select(term =>
        {
            var shares = outlets.Select(o => inGroup.Single(u => u.Group == o && u.Term == term)).ToList();
            return PlotlyChart.StackedColumn<double, string, string>(
                values: shares.Select(u => Math.Round(100 * (u.Share ?? 0), 1)),
                Keys: new Optional<IEnumerable<string>>(outlets, true),
                Name: term,
                MultiText: new Optional<IEnumerable<string>>(shares.Select(u => u.Count == 0 ? "" : $"{term} ({u.Count})"), true));
        });
        var chart = PlotlyChart.Combine(traces)
            .WithYAxisStyle<double, double, string>(TitleText: "share of the group's terms (%)")
            .WithXAxisStyle<double, double, string>(TitleText: "outlet");
        return PlotlyHelpers.Titled(chart, $"Word choice: {framingGroup}", 900, 520);
    }

    public static ScottPlot.Plot FramingSharesPlot(IEnumerable<FramingUsage> usages, string framingGroup)
    {
        var inGroup = usages.Where(u => u.FramingGroup == framingGroup).ToList();
        if (inGroup.All(u => u.Count == 0))
        {
            return NoData.EmptyPlot($"Word choice: {framingGroup}", NoFramingTerm(framingGroup));
        }

        ChartFonts.Register();
        var outlets = inGroup.Select(u => u.Group).Distinct().ToList();
        var terms = inGroup.Select(u => u.Term).Distinct().ToList();
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<ScottPlot.Bar>();
        for (var o = 0; o < outlets.Count; o++)
        {
            double stacked = 0;
            for (var t = 0; t < terms.Count; t++)
            {
                var share = 100 * (inGroup.Single(u => u.Group == outlets[o] && u.Term == terms[t]).Share ?? 0);
                bars.Add(new ScottPlot.Bar { Position = o, ValueBase = stacked, Value = stacked + share, FillColor = palette.GetColor(t) });
                stacked += share;
            }
        }

        plot.Add.Bars(bars);
        for (var t = 0; t < terms.Count; t++)
        {
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = PlotLayout.LegendText(terms[t]), FillColor = palette.GetColor(t) });
        }

        PlotLayout.CategoriesBottom(plot, outlets);
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsX(-0.5, outlets.Count - 0.5);
        plot.YLabel("share of the group's terms (%)");
        plot.Title($"Word choice: {framingGroup}");
        plot.ShowLegend(ScottPlot.Edge.Right); // beside the data, never over a bar
        return plot;
    }

    private const string NoKeyWords = "no word is used often enough to compare the groups (too few words, or a single group)";
    private const string NoGroups = "the corpus has no group to compare";

    private static string NoFramingTerm(string framingGroup) => $"no term of the framing group \"{framingGroup}\" occurs in this corpus";

    private static string KeynessTitle(KeynessResult result) => result.Options.Measure == KeynessMeasure.LogLikelihood
        ? $"Words each {result.Options.By} over-uses against the rest (signed G², {result.Options.Correction.ToString().ToLowerInvariant()} correction)"
        : $"Words each {result.Options.By} over-uses against the rest (log-odds z, prior α0 = {result.Options.PriorTotal:0.##})";

    private static string SimilarityTitle(SimilarityMetric metric) => metric == SimilarityMetric.Cosine
        ? "How alike the outlets' wording is (cosine similarity of TF-IDF vectors)"
        : "How much vocabulary the outlets share (Jaccard index of word sets)";
}

/// <summary>Titles and sizes for Plotly.NET charts from C#.</summary>
internal static class PlotlyHelpers
{
    /// <summary>Pixels per character of a tick label in plotly.js's default 12 px font (a generous average).</summary>
    public const double PixelsPerCharacter = 7.5;

    /// <summary>
    /// Panels of horizontal bars (one per group, <paramref name="bars"/> bars each) in a grid: two columns when the
    /// gap between them can hold the longest category label (<paramref name="longestLabel"/> characters) — a y label
    /// is never drawn over the neighbouring panel — otherwise one column. Height grows with the rows of panels.
    /// </summary>
    public static GenericChart Panels(IReadOnlyList<GenericChart> panels, IEnumerable<string> titles, int longestLabel, int bars, string title, int width)
    {
        var plotWidth = width - 160.0;
        var labelPixels = (longestLabel * PixelsPerCharacter) + 24;
        var gap = 2 * labelPixels / (plotWidth - labelPixels);
        var columns = panels.Count > 1 && gap <= 0.8 ? 2 : 1;
        var rows = (panels.Count + columns - 1) / columns;
        var panelHeight = 90 + (Math.Max(1, bars) * 22);
        var grid = Plotly.NET.CSharp.Chart.Grid(
            panels,
            rows,
            columns,
            SubPlotTitles: new Optional<IEnumerable<string>>(titles, true),
            XGap: columns == 2 ? new Optional<double>(gap, true) : default,
            YGap: new Optional<double>(0.35, true));
        return Titled(grid, title, width, Math.Max(400, 120 + (rows * panelHeight)));
    }

    public static GenericChart Titled(GenericChart chart, string title, int width, int height) =>
        Plotly.NET.Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart).WithSize(width, height);
}
