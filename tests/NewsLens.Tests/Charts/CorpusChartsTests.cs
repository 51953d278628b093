using System.Text.Json;
using NewsLens.Charts;
using NewsLens.Text;
using Plotly.NET;

namespace NewsLens.Tests.Charts;

public sealed class CorpusChartsTests
{
    private static readonly ArticleSize[] Articles =
    [
        new("b", "Zeta", "2023-05-10", "B", 300, 12, 0),
        new("a", "Alpha", "2023-05-11", "A", 120, 5, 40),
        new("c", "Alpha", "2023-05-12", "C", 80, 3, 0),
    ];

    [Fact]
    public void Given_articles_of_two_outlets_When_charted_Then_there_is_one_bar_trace_per_outlet_with_its_word_counts()
    {
        using var figure = JsonDocument.Parse(GenericChart.toFigureJson(CorpusCharts.WordsPerArticle(Articles)));
        var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Alpha", "Zeta"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal("bar", t.GetProperty("type").GetString()));
        Assert.Equal([120, 80], traces[0].GetProperty("y").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(["a", "c"], traces[0].GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Words per article (after cleaning)", figure.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Given_articles_When_drawn_with_ScottPlot_Then_the_png_renders_with_one_bar_per_article()
    {
        var plot = CorpusCharts.WordsPerArticlePlot(Articles);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Equal([120.0, 80.0, 300.0], bars.Select(b => b.Value));
        var png = plot.GetImageBytes(600, 400, ScottPlot.ImageFormat.Png);
        Assert.True(png.Length > 5_000);
    }
}
