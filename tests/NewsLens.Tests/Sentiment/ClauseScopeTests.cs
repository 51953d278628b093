using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

public sealed class ClauseScopeTests
{
    private static (SentenceSentiment Scored, TokenMask Mask) Stance(string text, string date)
    {
        var article = new TokenizedArticle(TestCorpora.Article(text));
        var mask = ClauseScope.PastEvents(article, article.Sentences[0], ClauseScope.YearOf(date), TokenMask.Empty);
        return (new SentimentScorer().Score(article, article.Sentences[0], mask), mask);
    }

    [Fact]
    public void Given_a_clause_about_an_earlier_year_When_scored_for_stance_Then_its_words_are_masked_from_the_opener_to_the_clause_end()
    {
        var (scored, _) = Stance("Talks resumed after most countries broke ties following a brutal crackdown in 2011, officials said.", "2023-04-05");

        Assert.Contains(scored.Masked, w => w.Text == "brutal" && w.MaskedBecause!.StartsWith("past event (2011)", StringComparison.Ordinal));
        Assert.DoesNotContain(scored.Movers, w => w.Text is "brutal" or "broke");
    }

    [Theory]
    [InlineData("The crisis worsened badly in 2023.", "2023-04-05")]
    [InlineData("The crisis worsened badly in 2011.", "")]
    public void Given_the_articles_own_year_or_no_date_When_scored_Then_nothing_is_masked(string text, string date)
    {
        var (_, mask) = Stance(text, date);

        Assert.True(mask.IsEmpty);
    }

    [Theory]
    [InlineData("2023-04-05", 2023)]
    [InlineData("2023-03", 2023)]
    [InlineData("unknown", null)]
    public void Given_a_date_When_its_year_is_read_Then_only_a_leading_year_counts(string date, int? year)
    {
        Assert.Equal(year, ClauseScope.YearOf(date));
    }
}
