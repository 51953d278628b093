using System.Text.Json;
using NewsLens.Attribution;
using NewsLens.Charts;
using NewsLens.Comparison;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Tests.Mentions;
using NewsLens.Text;
using Plotly.NET;

namespace NewsLens.Tests.Charts;

/// <summary>Every chart (Plotly and ScottPlot twin) of every family accepts input with nothing to draw and says so.</summary>
public sealed class EmptyChartsTests
{
    private static readonly TokenizedCorpus OffTopic = TestCorpora.Corpus(
        ("w1", "Weather Daily", "The weather in Paris was sunny today. People walked in the park and said it was lovely."));

    private static readonly Lazy<MentionCounts> NoMentions = new(() => OffTopic.CountMentions(MentionTestData.SeedActors).By("outlet"));

    private static readonly Lazy<KeynessResult> NoKeyWords = new(() => Keyness.Compute(OffTopic, new KeynessOptions { By = "outlet", MinCount = 2 }));

    private static readonly SimilarityMatrix NoGroups = new([], []);

    private static readonly Dictionary<string, (Func<GenericChart> Chart, Func<ScottPlot.Plot> Plot)> Cases = new()
    {
        ["Mentions.MentionsByGroup"] = (() => MentionCharts.MentionsByGroup(NoMentions.Value), () => MentionCharts.MentionsByGroupPlot(NoMentions.Value)),
        ["Mentions.RateHeatmap"] = (() => MentionCharts.RateHeatmap(NoMentions.Value), () => MentionCharts.RateHeatmapPlot(NoMentions.Value)),
        ["Mentions.CoMentionMatrix"] = (() => MentionCharts.CoMentionMatrix(NoMentions.Value), () => MentionCharts.CoMentionMatrixPlot(NoMentions.Value)),
        ["Sentiment.ByGroup"] = (() => SentimentCharts.ByGroup([]), () => SentimentCharts.ByGroupPlot([])),
        ["Sentiment.OverTime"] = (() => SentimentCharts.OverTime([]), () => SentimentCharts.OverTimePlot([])),
        ["Sentiment.PolarityVsHedging"] = (() => SentimentCharts.PolarityVsHedging([]), () => SentimentCharts.PolarityVsHedgingPlot([])),
        ["Comparison.KeynessBars"] = (() => ComparisonCharts.KeynessBars(NoKeyWords.Value), () => ComparisonCharts.KeynessBarsPlot(NoKeyWords.Value)),
        ["Comparison.SimilarityHeatmap"] = (() => ComparisonCharts.SimilarityHeatmap(NoGroups), () => ComparisonCharts.SimilarityHeatmapPlot(NoGroups)),
        ["Comparison.FramingShares"] = (() => ComparisonCharts.FramingShares([], "Turkey's name"), () => ComparisonCharts.FramingSharesPlot([], "Turkey's name")),
        ["Attribution.SpeakerKinds"] = (() => AttributionCharts.SpeakerKinds([]), () => AttributionCharts.SpeakerKindsPlot([])),
        ["Attribution.TopSpeakers"] = (() => AttributionCharts.TopSpeakers([]), () => AttributionCharts.TopSpeakersPlot([])),
        ["Corpus.WordsPerArticle"] = (() => CorpusCharts.WordsPerArticle([]), () => CorpusCharts.WordsPerArticlePlot([])),
    };

    public static TheoryData<string> Charts => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Charts))]
    public void Given_empty_input_When_charted_with_Plotly_Then_the_figure_json_is_valid_titled_and_says_there_is_no_data(string chart)
    {
        using var figure = JsonDocument.Parse(GenericChart.toFigureJson(Cases[chart].Chart()));

        var layout = figure.RootElement.GetProperty("layout");
        Assert.False(string.IsNullOrWhiteSpace(layout.GetProperty("title").GetProperty("text").GetString()));
        var note = Assert.Single(layout.GetProperty("annotations").EnumerateArray());
        Assert.StartsWith("No data: ", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, figure.RootElement.GetProperty("data").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Given_empty_input_When_drawn_with_ScottPlot_Then_a_png_renders_with_a_no_data_note(string chart)
    {
        var plot = Cases[chart].Plot();

        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Contains(texts, t => t.StartsWith("No data: ", StringComparison.Ordinal));
        var png = plot.GetImageBytes(600, 400, ScottPlot.ImageFormat.Png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public void Given_speaker_counts_When_drawn_with_ScottPlot_Then_each_outlet_has_its_top_speakers_as_bars()
    {
        SpeakerCount[] counts =
        [
            new("Outlet A", "Mevlüt Çavuşoğlu", "cavusoglu", SpeakerKind.Person, 3, 1),
            new("Outlet A", "the ministry", "ministry", SpeakerKind.Organisation, 1, 0),
            new("Outlet B", "sources", "sources", SpeakerKind.Anonymous, 2, 0),
        ];

        var plot = AttributionCharts.TopSpeakersPlot(counts, top: 1);

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Equal([2.0, 3.0], bars.Select(b => b.Value));
        Assert.True(plot.GetImageBytes(600, 400, ScottPlot.ImageFormat.Png).Length > 5_000);
    }

    [Fact]
    public void Given_an_off_topic_corpus_When_counted_Then_the_chart_inputs_really_are_empty()
    {
        Assert.Empty(NoMentions.Value.Actors);
        Assert.Empty(NoKeyWords.Value.Top(10));
    }
}
