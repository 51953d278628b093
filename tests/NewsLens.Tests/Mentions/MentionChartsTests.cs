using NewsLens.Charts;
using NewsLens.Mentions;
using Plotly.NET;

namespace NewsLens.Tests.Mentions;

public sealed class MentionChartsTests
{
    private static readonly MentionCounts Counts = MentionTestData.Corpus(
            ("a1", "Outlet A", "Turkey and Syria talked. Turkey agreed."),
            ("b1", "Outlet B", "Syria and Iran met in Tehran."))
        .CountMentions(MentionTestData.SeedActors)
        .DirectOnly()
        .By("outlet");

    [Fact]
    public void Given_counts_When_charted_as_grouped_bars_Then_there_is_one_trace_per_actor_with_its_values()
    {
        var json = GenericChart.toJson(MentionCharts.MentionsByGroup(Counts, directOnly: true));

        Assert.Contains("\"name\":\"Turkey\"", json);
        Assert.Contains("\"name\":\"Syria\"", json);
        Assert.Contains("\"name\":\"Iran\"", json);
        Assert.Contains("\"y\":[2,0]", json); // Turkey: 2 in A, 0 in B
        Assert.Contains("\"x\":[\"Outlet A\",\"Outlet B\"]", json);
        Assert.Contains("Direct mentions of the top actors by outlet", json);
    }

    [Fact]
    public void Given_counts_When_charted_as_a_rate_heat_map_Then_the_z_values_are_rates_per_1000_words()
    {
        var json = GenericChart.toJson(MentionCharts.RateHeatmap(Counts));

        // Outlet A has 6 words; Turkey 2 mentions -> 333.33 per 1,000; Outlet B 6 words, Iran 1 direct + Tehran excluded (direct only) -> 166.67.
        Assert.Contains("333.33", json);
        Assert.Contains("166.67", json);
        Assert.Contains("\"type\":\"heatmap\"", json);
    }

    [Fact]
    public void Given_counts_When_co_mentions_are_a_matrix_Then_it_is_symmetric_with_an_empty_diagonal()
    {
        var matrix = MentionCharts.CoMentionValues(Counts, Counts.Actors);

        for (var i = 0; i < matrix.Length; i++)
        {
            Assert.Equal(0, matrix[i][i]);
            for (var j = 0; j < matrix.Length; j++)
            {
                Assert.Equal(matrix[i][j], matrix[j][i]);
            }
        }

        var syria = Counts.Actors.IndexOf(Counts.Actors.Single(a => a.Key == "syria"));
        var turkey = Counts.Actors.IndexOf(Counts.Actors.Single(a => a.Key == "turkey"));
        Assert.Equal(1, matrix[syria][turkey]);
        Assert.Contains("\"type\":\"heatmap\"", GenericChart.toJson(MentionCharts.CoMentionMatrix(Counts)));
    }

    [Fact]
    public void Given_counts_When_drawn_with_ScottPlot_Then_each_chart_renders_to_a_png()
    {
        ScottPlot.Plot[] plots = [MentionCharts.MentionsByGroupPlot(Counts), MentionCharts.RateHeatmapPlot(Counts), MentionCharts.CoMentionMatrixPlot(Counts)];

        foreach (var plot in plots)
        {
            var png = plot.GetImageBytes(640, 420, ScottPlot.ImageFormat.Png);
            Assert.True(png.Length > 2000, $"PNG of {png.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        }
    }
}
