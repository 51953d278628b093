using NewsLens.Attribution;
using NewsLens.Charts;
using NewsLens.Comparison;
using NewsLens.Tests.Comparison;
using Plotly.NET;

namespace NewsLens.Tests.Charts;

public sealed class ComparisonChartsTests
{
    private static readonly string FramingPath = Path.Combine(NewsLens.Cli.RepositoryPaths.Seeds, "resources", "framing.json");

    private static bool IsPng(byte[] bytes) => bytes.Length > 1000 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G';

    private static byte[] Render(ScottPlot.Plot plot) => plot.GetImageBytes(1000, 700, ScottPlot.ImageFormat.Png);

    [Fact]
    public void Given_seed_keyness_When_charted_Then_the_Plotly_chart_has_one_bar_trace_per_outlet_and_the_ScottPlot_twin_renders()
    {
        var result = Keyness.Compute(ComparisonCorpus.Seeds);
        var json = GenericChart.toJson(ComparisonCharts.KeynessBars(result, 5));
        Assert.All(result.Groups, g => Assert.Contains($"\"name\":\"{g}\"", json, StringComparison.Ordinal));
        Assert.Contains("türkiye", json, StringComparison.Ordinal);
        Assert.Contains("williams correction", json, StringComparison.Ordinal);
        Assert.True(IsPng(Render(ComparisonCharts.KeynessBarsPlot(result, 5))));
    }

    [Fact]
    public void Given_a_similarity_matrix_When_charted_Then_the_heat_map_carries_the_values_and_the_ScottPlot_twin_renders()
    {
        var matrix = Similarity.Compute(ComparisonCorpus.Of(("d1", "X", "cat dog"), ("d2", "Y", "cat cat fish")), FeatureCounts.ByDocument, new FeatureOptions { StopWords = NewsLens.Text.StopWords.None });
        var json = GenericChart.toJson(ComparisonCharts.SimilarityHeatmap(matrix, SimilarityMetric.Jaccard));
        Assert.Contains("\"type\":\"heatmap\"", json, StringComparison.Ordinal);
        Assert.Contains("0.333", json, StringComparison.Ordinal);
        Assert.Contains("Jaccard", json, StringComparison.Ordinal);
        Assert.True(IsPng(Render(ComparisonCharts.SimilarityHeatmapPlot(matrix, SimilarityMetric.Jaccard))));
    }

    [Fact]
    public void Given_seed_framing_counts_When_a_group_is_charted_Then_there_is_one_trace_per_term_and_the_ScottPlot_twin_renders()
    {
        var usages = Framing.Count(ComparisonCorpus.Seeds, FramingLexicon.Load(FramingPath));
        var json = GenericChart.toJson(ComparisonCharts.FramingShares(usages, "Turkey's name"));
        Assert.Contains("\"name\":\"Türkiye\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Turkey\"", json, StringComparison.Ordinal);
        Assert.True(IsPng(Render(ComparisonCharts.FramingSharesPlot(usages, "The process"))));
    }

    [Fact]
    public void Given_seed_attributions_When_charted_Then_kinds_are_stacked_traces_and_the_ScottPlot_twin_renders()
    {
        var corpus = ComparisonCorpus.Seeds;
        var attributions = new AttributionExtractor().Extract(corpus);
        var kinds = AttributionCounts.ByKind(corpus, attributions);
        var json = GenericChart.toJson(AttributionCharts.SpeakerKinds(kinds));
        Assert.Contains("\"name\":\"anonymous\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"named person\"", json, StringComparison.Ordinal);
        Assert.True(IsPng(Render(AttributionCharts.SpeakerKindsPlot(kinds))));

        var speakers = GenericChart.toJson(AttributionCharts.TopSpeakers(AttributionCounts.BySpeaker(corpus, attributions)));
        Assert.Contains("Cavusoglu", speakers, StringComparison.Ordinal);

        var dump = Environment.GetEnvironmentVariable("NEWSLENS_CHART_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            var result = Keyness.Compute(corpus);
            var usages = Framing.Count(corpus, FramingLexicon.Load(FramingPath));
            File.WriteAllBytes(Path.Combine(dump, "keyness.png"), Render(ComparisonCharts.KeynessBarsPlot(result, 6)));
            File.WriteAllBytes(Path.Combine(dump, "similarity.png"), Render(ComparisonCharts.SimilarityHeatmapPlot(Similarity.Compute(corpus))));
            File.WriteAllBytes(Path.Combine(dump, "framing.png"), Render(ComparisonCharts.FramingSharesPlot(usages, "The process")));
            File.WriteAllBytes(Path.Combine(dump, "kinds.png"), Render(AttributionCharts.SpeakerKindsPlot(kinds)));
        }
    }
}
