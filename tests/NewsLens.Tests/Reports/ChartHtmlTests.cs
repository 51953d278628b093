using System.Text.RegularExpressions;
using NewsLens.Charts;
using NewsLens.Comparison;
using NewsLens.Reports;
using NewsLens.Tests.Comparison;
using NewsLens.Text;
using Plotly.NET;

namespace NewsLens.Tests.Reports;

public sealed class ChartHtmlTests
{
    private static readonly ArticleSize[] Articles =
    [
        new("a1", "Outlet </script><script>alert(1)</script>", "2023-05-10", "Title <b>x</b>", 300, 12, 0),
        new("a2", "Other", "2023-05-11", "Second", 120, 5, 40),
    ];

    public static TheoryData<string> FigureCharts => ["words per article", "hostile labels", "similarity heat map", "keyness bars", "empty chart", "combined twice"];

    private static GenericChart FigureChart(string name) => name switch
    {
        "words per article" => CorpusCharts.WordsPerArticle(Articles),
        "hostile labels" => CorpusCharts.WordsPerArticle([new("<b>&", "\"quoted\" \u00e9\u00e8 \U0001F600", "2023-05-10", "T", 3, 1, 0)]),
        "similarity heat map" => ComparisonCharts.SimilarityHeatmap(Similarity.Compute(ComparisonCorpus.Of(("d1", "X", "cat dog"), ("d2", "Y", "cat cat fish")), FeatureCounts.ByDocument, new FeatureOptions { StopWords = StopWords.None })),
        "keyness bars" => ComparisonCharts.KeynessBars(Keyness.Compute(ComparisonCorpus.Seeds), 5),
        "empty chart" => CorpusCharts.WordsPerArticle([]),
        _ => Plotly.NET.CSharp.Chart.Combine([CorpusCharts.WordsPerArticle(Articles), CorpusCharts.WordsPerArticle(Articles)]),
    };

    [Theory]
    [MemberData(nameof(FigureCharts))]
    public void Given_a_chart_When_its_figure_is_serialised_the_fast_way_Then_the_text_is_exactly_Plotly_NETs_own(string chart)
    {
        var figure = FigureChart(chart);

        Assert.Equal(GenericChart.toFigureJson(figure), ChartHtml.PlotlyNetFigureJson(figure));
    }

    [Fact]
    public void Given_a_chart_for_an_offline_page_When_rendered_Then_it_draws_with_the_page_plotly_and_references_no_network()
    {
        var html = ChartHtml.Plotly(CorpusCharts.WordsPerArticle(Articles), PlotlyLoading.PageProvidesPlotly);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
        Assert.Matches("^<div id=\"nl-plot-[0-9a-f]{32}\" class=\"nl-plotly\"></div>", html);
        Assert.Contains("Plotly.newPlot('nl-plot-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_label_that_closes_the_script_When_rendered_Then_the_script_element_stays_closed_only_at_its_end()
    {
        var html = ChartHtml.Plotly(CorpusCharts.WordsPerArticle(Articles));
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.Contains("\\u0026lt;/script\\u0026gt;\\u0026lt;script\\u0026gt;alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_outlets_and_titles_with_plotly_markup_When_the_figure_is_serialised_Then_every_string_is_escaped_and_plotly_sees_no_tags()
    {
        const string Link = "<a href=\"https://example.com/x\">Click</a> & <b>bold</b>";
        ArticleSize[] hostile = [new("<span style=\"color:red\">a1</span><br>", Link, "2023-05-10", "T", 300, 12, 0), new("a2", "Other", "2023-05-11", "Second", 120, 5, 40)];

        var json = ChartHtml.FigureJson(CorpusCharts.WordsPerArticle(hostile));

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.Contains("&lt;a href=\\\"https://example.com/x\\\"&gt;Click&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", json, StringComparison.Ordinal);
        Assert.Contains("&lt;span style=", json, StringComparison.Ordinal);
        var figure = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        Assert.Equal(System.Text.Json.JsonValueKind.Number, figure["data"]![0]!["y"]![0]!.GetValueKind());
        Assert.DoesNotContain("<a", ChartHtml.Plotly(CorpusCharts.WordsPerArticle(hostile)).Replace("\\u003c", "<", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("plain", "plain")]
    public void Given_text_When_escaped_for_plotly_Then_ampersands_and_angle_brackets_become_entities(string text, string expected) =>
        Assert.Equal(expected, ChartHtml.PlotlyText(text));

    [Fact]
    public void Given_an_editor_chart_When_rendered_Then_it_loads_plotly_only_when_missing()
    {
        var html = ChartHtml.Plotly(CorpusCharts.WordsPerArticle(Articles), PlotlyLoading.LoadFromCdnWhenMissing);
        Assert.Contains("typeof Plotly !== 'undefined'", html, StringComparison.Ordinal);
        Assert.Contains($"plotly-{ChartHtml.PlotlyJsVersion}.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_random_plot_ids_When_numbered_Then_they_become_page_counters_in_order_of_appearance()
    {
        var first = ChartHtml.Plotly(CorpusCharts.WordsPerArticle(Articles));
        var second = ChartHtml.Plotly(CorpusCharts.WordsPerArticle(Articles));
        var ids = ChartHtml.NumberPlotIds([first, second, first]);
        Assert.Equal(["nl-plot-1", "nl-plot-2"], ids.Values.Order(StringComparer.Ordinal));
        Assert.Equal(ChartHtml.ReplacePlotIds(first, ids), ChartHtml.ReplacePlotIds(second, ids).Replace("nl-plot-2", "nl-plot-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_ScottPlot_chart_When_rendered_Then_it_is_an_inline_png_with_an_escaped_alt_text()
    {
        var plot = CorpusCharts.WordsPerArticlePlot(Articles);
        plot.Title("<b>Words</b>");
        var html = ChartHtml.Png(plot, 400, 300);
        var match = Regex.Match(html, "^<img class=\"nl-image\" width=\"400\" height=\"300\" alt=\"&lt;b&gt;Words&lt;/b&gt;\" src=\"data:image/png;base64,(?<png>[A-Za-z0-9+/=]+)\">$");
        Assert.True(match.Success, html[..Math.Min(200, html.Length)]);
        var bytes = Convert.FromBase64String(match.Groups["png"].Value);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Fact]
    public void Given_Plotly_NET_When_asked_for_plotly_js_Then_the_embedded_library_is_returned()
    {
        Assert.True(ChartHtml.PlotlyJs.Length > 1_000_000);
        Assert.Contains("plotly.js v" + ChartHtml.PlotlyJsVersion, ChartHtml.PlotlyJs, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", ChartHtml.PlotlyJs, StringComparison.OrdinalIgnoreCase);
    }
}
