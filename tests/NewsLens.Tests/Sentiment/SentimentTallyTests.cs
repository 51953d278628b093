using NewsLens.Corpora;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

public sealed class SentimentTallyTests
{
    [Fact]
    public void Given_the_seeds_tallied_When_aggregated_Then_each_interval_is_the_bootstrap_of_its_group_and_measure()
    {
        var analysis = new SentimentAnalyzer().Analyze(CorpusReader.Read(TestCorpora.Seeds).Tokenize());
        var tally = analysis.Tally();

        var aggregates = tally.Aggregate();

        Assert.Equal(tally.Aggregate(), aggregates); // computed in parallel, the same on every call
        foreach (var aggregate in aggregates)
        {
            var values = analysis.Sentences
                .Where(s => DocumentGrouping.GroupOf(s.Article.Article, DocumentVariables.Outlet) == aggregate.Group)
                .Select(s => SentimentAnalysis.Value(s, aggregate.Measure))
                .OfType<double>()
                .ToList();
            Assert.Equal(values.Count, aggregate.Sentences);
            Assert.Equal(values.Count == 0 ? double.NaN : values.Average(), aggregate.Mean, 12);
            Assert.True(values.Count < 2 || (aggregate.Lower <= aggregate.Mean && aggregate.Mean <= aggregate.Upper), $"{aggregate.Group} {aggregate.Measure}");
        }
    }

    [Fact]
    public void Given_an_aggregated_tally_When_another_article_is_added_Then_the_aggregate_counts_it()
    {
        var analyzer = new SentimentAnalyzer();
        var articles = CorpusReader.Read(TestCorpora.Seeds).Tokenize().Articles;
        var tally = new SentimentTally(analyzer.Options, DocumentVariables.Outlet);
        tally.Add(articles[0], analyzer.Analyze([articles[0]]).Sentences);
        var before = tally.Aggregate().Sum(a => a.Sentences);

        tally.Add(articles[1], analyzer.Analyze([articles[1]]).Sentences);

        Assert.Equal(before + analyzer.Analyze([articles[1]]).Sentences.Sum(s => Enum.GetValues<SentimentMeasure>().Count(m => SentimentAnalysis.Value(s, m) is not null)), tally.Aggregate().Sum(a => a.Sentences));
    }
}
