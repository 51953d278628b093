using NewsLens.Text;
using Plotly.NET;

namespace NewsLens.Charts;

/// <summary>Corpus overview charts: how long each article is, grouped by outlet. Plotly for notebooks, ScottPlot twin for images.</summary>
public static class CorpusCharts
{
    private const string Title = "Words per article (after cleaning)";
    private const string YLabel = "Words";
    private const string NoArticle = "the corpus has no article";

    public static GenericChart WordsPerArticle(IEnumerable<ArticleSize> articles)
    {
        var rows = Ordered(articles);
        if (rows.Count == 0)
        {
            return NoData.EmptyChart(Title, NoArticle, 900, 500);
        }

        var outlets = rows.Select(a => a.Outlet).Distinct(StringComparer.Ordinal).ToList();
        var traces = outlets.Select(outlet =>
        {
            var ofOutlet = rows.Where(a => a.Outlet == outlet).ToList();
            return Plotly.NET.CSharp.Chart.Column<int, string, string>(
                values: ofOutlet.Select(a => a.Words),
                Keys: ofOutlet.Select(a => a.Id).ToArray(),
                Name: outlet,
                MarkerColor: SeriesColors.Plotly(outlet));
        });
        var combined = Plotly.NET.CSharp.Chart.Combine(traces);
        combined = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<string, string, string>(combined, TitleText: "Article (coloured by outlet)");
        combined = Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<string, string, string>(combined, TitleText: YLabel);
        combined = Plotly.NET.CSharp.GenericChartExtensions.WithSize(combined, 900, 500);

        // One trace per outlet (for the legend) with one bar per article: stacking keeps each bar on its own category.
        var layout = GenericChart.getLayout(combined);
        layout.SetProperty("barmode", "stack");
        combined = GenericChart.setLayout(layout, combined);
        return Chart.withTitle(Title, TitleFont: null).Invoke(combined);
    }

    public static ScottPlot.Plot WordsPerArticlePlot(IEnumerable<ArticleSize> articles)
    {
        var rows = Ordered(articles);
        if (rows.Count == 0)
        {
            return NoData.EmptyPlot(Title, NoArticle);
        }

        ChartFonts.Register();
        var outlets = rows.Select(a => a.Outlet).Distinct(StringComparer.Ordinal).ToList();
        var plot = new ScottPlot.Plot();
        for (var i = 0; i < rows.Count; i++)
        {
            var bar = plot.Add.Bar(position: i, value: rows[i].Words);
            bar.Color = SeriesColors.ScottPlot(rows[i].Outlet);
        }

        PlotLayout.CategoriesBottom(plot, [.. rows.Select(a => a.Id)]);
        plot.Axes.SetLimitsX(-0.5, rows.Count - 0.5);
        plot.Axes.Margins(bottom: 0);
        plot.Title(Title);
        plot.YLabel(YLabel);
        for (var o = 0; o < outlets.Count; o++)
        {
            plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = PlotLayout.LegendText(outlets[o]), FillColor = SeriesColors.ScottPlot(outlets[o]) });
        }

        plot.ShowLegend(ScottPlot.Edge.Right);
        return plot;
    }

    private static List<ArticleSize> Ordered(IEnumerable<ArticleSize> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return [.. articles.OrderBy(a => a.Outlet, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)];
    }
}
