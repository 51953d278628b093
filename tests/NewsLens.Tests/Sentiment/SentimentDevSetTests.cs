using NewsLens.Sentiment;
using NewsLens.Sentiment.Evaluation;
using Xunit.Abstractions;

namespace NewsLens.Tests.Sentiment;

/// <summary>No regression off news: on each human-rated development set the default (News) rules reach at least the r of VADER's reference rules.</summary>
public sealed class SentimentDevSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("tweets_GroundTruth.tsv", 0.84)]
    [InlineData("movieReviewSnippets_GroundTruth.tsv", 0.42)]
    [InlineData("amazonReviewSnippets_GroundTruth.tsv", 0.58)]
    public void Given_a_dev_set_When_scored_Then_news_rules_reach_at_least_the_reference_rules_r(string file, double floor)
    {
        var gold = SentimentGold.Load(Path.Combine(AppContext.BaseDirectory, "Data", "SentimentDev", file));

        var news = SentimentEvaluation.Evaluate(gold, new SentimentScorer(rules: SentimentRules.News).ScoreDocument).PearsonR;
        var reference = SentimentEvaluation.Evaluate(gold, new SentimentScorer(rules: SentimentRules.Reference).ScoreDocument).PearsonR;
        output.WriteLine($"{file}: news r={news:0.000} reference r={reference:0.000}");

        Assert.True(gold.Length > 3000);
        Assert.True(news >= reference, $"news rules r {news:0.000} < reference rules r {reference:0.000}");
        Assert.True(news >= floor, $"news rules r {news:0.000} below {floor}");
    }

    [Fact]
    public void Given_a_headed_csv_When_parsed_Then_text_and_rating_columns_are_found_by_name()
    {
        var gold = SentimentGold.Parse(new StringReader("rating,text\n2.5,\"Great, really great.\"\n-1,Bad.\n"), "ratings.csv");

        Assert.Equal([2.5, -1], gold.Select(g => g.Rating));
        Assert.Equal("Great, really great.", gold[0].Text);
    }

    [Fact]
    public void Given_a_rating_that_is_not_a_number_When_parsed_Then_the_error_names_the_line()
    {
        var error = Assert.Throws<GoldFormatException>(() => SentimentGold.Parse(new StringReader("1\t2.0\tGood.\n2\tgood\tFine.\n"), "dev.tsv"));

        Assert.Equal("dev.tsv, line 2: the rating \"good\" is not a number", error.Message);
    }

    [Fact]
    public void Given_two_series_When_correlated_Then_pearson_matches_the_definition()
    {
        Assert.Equal(1.0, Correlation.Pearson([1, 2, 3], [2, 4, 6]), 12);
        Assert.Equal(-1.0, Correlation.Pearson([1, 2, 3], [3, 2, 1]), 12);
        Assert.True(double.IsNaN(Correlation.Pearson([1, 1, 1], [1, 2, 3])));
    }
}
