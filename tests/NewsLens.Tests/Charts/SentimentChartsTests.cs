using NewsLens.Charts;
using NewsLens.Sentiment;
using NewsLens.Tests.Sentiment;
using Plotly.NET;

namespace NewsLens.Tests.Charts;

public class SentimentChartsTests
{
    private static readonly SentimentAnalysis Analysis = new SentimentAnalyzer().Analyze(TestCorpus.Small());

    [Fact]
    public void Given_Aggregates_When_ByGroupChart_Then_PlotlyJsonHasGroupsMeansAndAsymmetricErrors()
    {
        var aggregates = Analysis.Aggregate("outlet");
        var alpha = aggregates.Single(a => a.Group == "Alpha News" && a.Measure == SentimentMeasure.Stance);

        var html = GenericChart.toChartHTML(SentimentCharts.ByGroup(aggregates));

        Assert.Contains("\"Alpha News\"", html, StringComparison.Ordinal);
        Assert.Contains("\"Beta Times\"", html, StringComparison.Ordinal);
        Assert.Contains("\"error_y\"", html, StringComparison.Ordinal);
        Assert.Contains("\"arrayminus\"", html, StringComparison.Ordinal);
        Assert.Contains((alpha.Upper - alpha.Mean).ToString("R", System.Globalization.CultureInfo.InvariantCulture)[..8], html, StringComparison.Ordinal);
        Assert.Contains("Stance toward the process by outlet", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_ArticleAggregates_When_OverTimeChart_Then_MonthPrecisionDateAtMidMonthAndMarked()
    {
        var html = GenericChart.toChartHTML(SentimentCharts.OverTime(Analysis.Aggregate("article")));

        Assert.Contains("2023-03-16", html, StringComparison.Ordinal);
        Assert.Contains("month precision", html, StringComparison.Ordinal);
        Assert.Contains("\"x\":[\"2023-03-16T00:00:00\",\"2023-05-10T00:00:00\",\"2023-05-11T00:00:00\"]", html, StringComparison.Ordinal);
        Assert.Contains("\"symbol\":[\"100\",\"0\",\"0\"]", html, StringComparison.Ordinal); // 100 = circle-open: month precision
    }

    [Fact]
    public void Given_Sentences_When_PolarityVsHedgingChart_Then_OneTracePerOutlet()
    {
        var html = GenericChart.toChartHTML(SentimentCharts.PolarityVsHedging(Analysis.Sentences));

        Assert.Contains("\"name\":\"Alpha News\"", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Beta Times\"", html, StringComparison.Ordinal);
        Assert.Contains("hedging (0 = none, 1 = strong)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_Results_When_ScottPlotTwinsRendered_Then_NonEmptyPngs()
    {
        ScottPlot.Plot[] plots =
        [
            SentimentCharts.ByGroupPlot(Analysis.Aggregate("outlet")),
            SentimentCharts.OverTimePlot(Analysis.Aggregate("article")),
            SentimentCharts.PolarityVsHedgingPlot(Analysis.Sentences),
        ];

        foreach (var plot in plots)
        {
            var png = plot.GetImageBytes(800, 500, ScottPlot.ImageFormat.Png);
            Assert.True(png.Length > 5000, $"PNG of {png.Length} bytes");
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        }
    }

    [Fact]
    public void Given_NoStanceSentences_When_Charted_Then_EmptyChartsStillBuild()
    {
        var empty = new SentimentAnalyzer(stance: StanceLexicon.Default.WithTargets(["zzzz"])).Analyze(TestCorpus.Small());

        Assert.NotNull(SentimentCharts.ByGroup(empty.Aggregate("outlet")));
        Assert.NotNull(SentimentCharts.PolarityVsHedging(empty.Sentences));
        Assert.NotEmpty(SentimentCharts.PolarityVsHedgingPlot(empty.Sentences).GetImageBytes(400, 300, ScottPlot.ImageFormat.Png));
    }
}
