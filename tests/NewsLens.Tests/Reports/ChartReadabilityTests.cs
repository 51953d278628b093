using System.Text.Json.Nodes;
using NewsLens.Charts;
using NewsLens.Reports;

namespace NewsLens.Tests.Reports;

/// <summary>The layout defaults ChartHtml gives every Plotly figure, title breaking, and one colour per series name.</summary>
public class ChartReadabilityTests
{
    [Fact]
    public void Given_a_long_title_When_broken_Then_no_line_exceeds_the_length_and_no_word_is_lost()
    {
        const string title = "Stance polarity against hedging, one point per sentence about the target process";

        var broken = ChartHtml.BreakLines(title, 30);

        Assert.All(broken.Split("<br>"), line => Assert.True(line.Length <= 30, line));
        Assert.Equal(title, broken.Replace("<br>", " ", StringComparison.Ordinal));
        Assert.Equal("short", ChartHtml.BreakLines("short", 30));
    }

    [Fact]
    public void Given_any_chart_When_its_figure_is_built_Then_hover_names_are_whole_axes_make_room_and_the_title_is_broken()
    {
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 1, 2 }, Keys: new[] { "a", "b" }, Name: "Evil <script> News with a long outlet name");
        chart = Plotly.NET.Chart.withTitle("A title long enough that plotly.js would cut it at the edge of a narrow chart", null).Invoke(chart);

        var figure = JsonNode.Parse(ChartHtml.FigureJson(chart))!;

        Assert.Equal(-1, (int)figure["layout"]!["hoverlabel"]!["namelength"]!);
        Assert.Contains("<br>", (string)figure["layout"]!["title"]!["text"]!, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", (string)figure["data"]![0]!["name"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_series_names_When_coloured_twice_in_any_order_Then_each_name_keeps_its_colour_in_both_libraries()
    {
        var first = SeriesColors.Hex("Outlet colour test A");
        var second = SeriesColors.Hex("Outlet colour test B");

        Assert.NotEqual(first, second);
        Assert.Equal(second, SeriesColors.Hex("Outlet colour test B"));
        Assert.Equal(first, SeriesColors.Hex("Outlet colour test A"));
        Assert.Equal(ScottPlot.Color.FromHex(first), SeriesColors.ScottPlot("Outlet colour test A"));
        Assert.Contains(first, SeriesColors.Palette);
    }

    [Fact]
    public void Given_outlets_reserved_in_any_order_When_coloured_Then_they_take_consecutive_colours_in_ordinal_order_and_a_coloured_name_keeps_its_own()
    {
        var earlier = SeriesColors.Hex("Reserve test 0");

        SeriesColors.Reserve(["Reserve test C", "Reserve test A", "Reserve test 0", "Reserve test B", "Reserve test A"]);

        int IndexOf(string name) => SeriesColors.Palette.ToList().IndexOf(SeriesColors.Hex(name));
        Assert.Equal(earlier, SeriesColors.Hex("Reserve test 0"));
        Assert.Equal((IndexOf("Reserve test A") + 1) % SeriesColors.Palette.Count, IndexOf("Reserve test B"));
        Assert.Equal((IndexOf("Reserve test B") + 1) % SeriesColors.Palette.Count, IndexOf("Reserve test C"));
    }

    [Fact]
    public void Given_an_annotated_heatmap_When_its_figure_is_built_Then_every_value_sits_on_a_light_chip_in_dark_text()
    {
        var chart = Plotly.NET.CSharp.Chart.AnnotatedHeatmap<double, string, string, string>(
            zData: new[] { new[] { 0.1, 0.9 }, new[] { 0.9, 0.1 } },
            annotationText: new[] { new[] { "0.10", "0.90" }, new[] { "0.90", "0.10" } });

        var annotations = JsonNode.Parse(ChartHtml.FigureJson(chart))!["layout"]!["annotations"]!.AsArray();

        Assert.Equal(4, annotations.Count);
        Assert.All(annotations, a =>
        {
            Assert.Equal("rgba(255,255,255,0.75)", (string)a!["bgcolor"]!);
            Assert.Equal("#1f2328", (string)a["font"]!["color"]!);
        });
    }
}
