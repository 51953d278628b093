using NewsLens.Attribution;
using NewsLens.Charts;
using NewsLens.Comparison;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Tests.Charts;

/// <summary>
/// The ScottPlot layout, measured: every static chart of the seed report and of a corpus with many, long-named
/// categories is drawn and inspected (<see cref="PlotInspection"/>) for overlapping or cut labels, cut titles and
/// legends over the data.
/// </summary>
public sealed class PlotLayoutTests
{
    private static readonly Lazy<IReadOnlyList<(string Name, ScottPlot.Plot Plot)>> SeedPlots = new(() => PlotsOf(CorpusReader.Read(TestCorpora.Seeds).Tokenize()));

    public static TheoryData<string> SeedChartNames() => [.. SeedNames];

    private static readonly string[] SeedNames =
    [
        "words per article", "mention rates", "mentions by group", "co-mentions", "general by group", "stance by group",
        "stance over time", "polarity vs hedging", "keyness", "similarity", "framing", "speaker kinds", "top speakers",
    ];

    [Theory]
    [MemberData(nameof(SeedChartNames))]
    public void Given_a_seed_chart_When_drawn_at_its_size_Then_no_label_overlaps_no_title_is_cut_and_no_legend_covers_data(string chart)
    {
        var plot = SeedPlots.Value.Single(p => p.Name == chart).Plot;

        var problems = PlotInspection.Problems(plot);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Given_many_long_named_outlets_When_every_chart_is_drawn_Then_the_layout_still_holds()
    {
        var outlets = Enumerable.Range(1, 14).Select(i => $"The Very Long Named Regional Outlet Number {i} (translating another outlet)").ToArray();
        var corpus = TestCorpora.Corpus([.. outlets.SelectMany((o, i) => new[]
        {
            ($"{i:00}a", o, $"Turkey and Syria held talks on normalisation in Moscow. Officials said the meeting may resume. Iran and Russia attended {o.Length} times."),
            ($"{i:00}b", o, $"Syria said normalisation with Turkey was not yet confirmed, a spokesman told reporters. Word{i} word{i} appeared."),
        })]);

        var problems = PlotsOf(corpus).SelectMany(p => PlotInspection.Problems(p.Plot)).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Given_more_categories_When_a_vertical_category_chart_is_sized_Then_it_grows_so_each_row_gets_a_line()
    {
        var lineHeight = PlotLayout.Measure(new ScottPlot.LabelStyle { FontSize = PlotLayout.TickFontSize }, "Ag").LineHeight;

        Assert.Equal(PlotSize.Default.Height, PlotLayout.HeightForRows(3));
        Assert.True(PlotLayout.HeightForRows(80) > PlotLayout.HeightForRows(40));
        foreach (var rows in new[] { 10, 45, 120 })
        {
            var dataHeight = PlotLayout.HeightForRows(rows) - 170;
            Assert.True(rows * lineHeight <= dataHeight, $"{rows} rows of {lineHeight} px in {dataHeight} px");
        }
    }

    [Fact]
    public void Given_a_chart_with_forty_bars_When_drawn_Then_its_rows_are_at_least_a_line_apart_and_all_labelled()
    {
        var plot = SeedPlots.Value.Single(p => p.Name == "keyness").Plot;

        PlotLayout.Fit(plot);

        var layout = PlotLayout.LeftLayout(plot)!;
        var lineHeight = PlotLayout.Measure(plot.Axes.Left.TickLabelStyle, "Ag").LineHeight;
        Assert.Equal(1, layout.Step);
        Assert.True(layout.Pitch >= lineHeight, $"{layout.Pitch} px between rows, {lineHeight} px per line");
        Assert.True(PlotLayout.SizeOf(plot).Height > PlotSize.Default.Height);
    }

    [Fact]
    public void Given_more_categories_than_fit_along_the_bottom_When_fitted_Then_labels_are_rotated_and_thinned_not_overlapped()
    {
        var plot = new ScottPlot.Plot();
        var labels = Enumerable.Range(0, 200).Select(i => $"article-{i:000}-with-a-long-identifier").ToArray();
        plot.Add.Bars(labels.Select((_, i) => (double)i).ToArray());
        PlotLayout.CategoriesBottom(plot, labels);
        plot.Title("Two hundred articles");

        var problems = PlotInspection.Problems(plot);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var layout = PlotLayout.BottomLayout(plot)!;
        Assert.Equal(-45, layout.Rotation);
        Assert.True(layout.Step > 1);
    }

    [Fact]
    public void Given_a_title_longer_than_the_image_When_fitted_twice_at_different_sizes_Then_each_fit_starts_from_the_original_title()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 });
        const string title = "A very long title that would never fit on one line of a small image, however it is centred on the figure";
        plot.Title(title);

        PlotLayout.Fit(plot, new PlotSize(400, 300));
        var narrow = plot.Axes.Title.Label.Text;
        PlotLayout.Fit(plot, new PlotSize(1600, 300));

        Assert.True(narrow.Split('\n').Length > 2, narrow);
        Assert.Equal(title, plot.Axes.Title.Label.Text);
        Assert.Empty(PlotInspection.Problems(plot, new PlotSize(400, 300)));
    }

    [Fact]
    public void Given_a_chart_laid_out_by_hand_with_crowded_labels_and_an_inside_legend_When_inspected_Then_each_defect_is_reported()
    {
        var plot = new ScottPlot.Plot();
        var bars = plot.Add.Bars(Enumerable.Range(0, 60).Select(i => (double)i).ToArray());
        bars.LegendText = "bars";
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, 60).Select(i => new ScottPlot.Tick(i, $"row {i}", true))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, 60).Select(i => new ScottPlot.Tick(i, $"a long column label {i}", true))]);

        var problems = PlotInspection.Problems(plot);

        Assert.Contains(problems, p => p.Contains("y labels", StringComparison.Ordinal) && p.Contains("overlap", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("x labels", StringComparison.Ordinal) && p.Contains("overlap", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("legend is drawn inside", StringComparison.Ordinal));
    }

    internal static IReadOnlyList<(string Name, ScottPlot.Plot Plot)> PlotsOf(TokenizedCorpus corpus)
    {
        var story = Story.Load(Path.Combine(TestCorpora.Seeds, "story.json"));
        var actors = story.LoadActors();
        var mentions = corpus.CountMentions(actors);
        var counts = mentions.By("outlet");
        var analyzer = new SentimentAnalyzer(stance: story.LoadStanceLexicon(), process: story.Process, actors: actors);
        var analysis = analyzer.Analyze(corpus);
        var keyness = Keyness.Compute(corpus, new KeynessOptions { By = "outlet", MinCount = 2, Correction = KeynessCorrection.Williams });
        var usages = Framing.Count(corpus, story.LoadFraming(), "outlet");
        var framingGroup = usages.Where(u => u.Count > 0).Select(u => u.FramingGroup).FirstOrDefault() ?? "none";
        var attributions = new AttributionExtractor().Extract(corpus);
        return
        [
            ("words per article", CorpusCharts.WordsPerArticlePlot(ArticleSize.Of(corpus))),
            ("mention rates", MentionCharts.RateHeatmapPlot(counts)),
            ("mentions by group", MentionCharts.MentionsByGroupPlot(counts)),
            ("co-mentions", MentionCharts.CoMentionMatrixPlot(counts)),
            ("general by group", SentimentCharts.ByGroupPlot(analysis.Aggregate("outlet"), SentimentMeasure.General)),
            ("stance by group", SentimentCharts.ByGroupPlot(analysis.Aggregate("outlet"), SentimentMeasure.Stance, story.Process)),
            ("stance over time", SentimentCharts.OverTimePlot(analysis.Aggregate("article"), SentimentMeasure.Stance, story.Process)),
            ("polarity vs hedging", SentimentCharts.PolarityVsHedgingPlot(analysis.Sentences, story.Process)),
            ("keyness", ComparisonCharts.KeynessBarsPlot(keyness, 8)),
            ("similarity", ComparisonCharts.SimilarityHeatmapPlot(Similarity.Compute(corpus, "outlet"), SimilarityMetric.Jaccard)),
            ("framing", ComparisonCharts.FramingSharesPlot(usages, framingGroup)),
            ("speaker kinds", AttributionCharts.SpeakerKindsPlot(AttributionCounts.ByKind(corpus, attributions, "outlet"))),
            ("top speakers", AttributionCharts.TopSpeakersPlot(AttributionCounts.BySpeaker(corpus, attributions, "outlet"))),
        ];
    }
}
