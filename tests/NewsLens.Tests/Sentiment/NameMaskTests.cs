using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

public sealed class NameMaskTests
{
    private static SentenceSentiment General(string text, IEnumerable<Mention>? mentions = null)
    {
        var article = new TokenizedArticle(TestCorpora.Article(text));
        var mask = NameMask.Of(article, mentions ?? []);
        return new SentimentScorer().Score(article, article.Sentences[0], mask);
    }

    [Theory]
    [InlineData("Officials said the United States imposed a tariff.", "United")]
    [InlineData("Voters said the Labour Party lost the vote.", "Party")]
    [InlineData("Shares of the local Trust Bank fell sharply on Monday.", "Trust")]
    public void Given_a_lexicon_word_inside_a_capitalised_name_When_scored_Then_it_carries_no_valence_and_the_evidence_says_why(string text, string word)
    {
        var score = General(text);

        var masked = Assert.Single(score.Masked, w => w.Text == word);
        Assert.Equal(0, masked.Valence);
        Assert.NotEqual(0, masked.BaseValence);
        Assert.Contains("masked: part of the name", score.Explain(), StringComparison.Ordinal);
        Assert.DoesNotContain(score.Movers, w => w.Text == word);
    }

    [Fact]
    public void Given_the_same_word_in_lower_case_When_scored_Then_it_keeps_its_valence()
    {
        var score = General("They lost the voters' trust.");

        Assert.Contains(score.Movers, w => w.Text == "trust");
        Assert.Empty(score.Masked);
    }

    [Fact]
    public void Given_a_headline_in_title_case_When_scored_Then_its_capitals_are_not_taken_for_names()
    {
        var score = General("Great Progress In Peace Talks Brings Hope");

        Assert.Empty(score.Masked);
        Assert.True(score.Compound > 0);
    }

    [Fact]
    public void Given_an_actor_mention_When_scored_Then_its_words_are_masked_even_when_alone()
    {
        var actors = ActorDictionary.Parse("""{ "actors": [ { "key": "hope", "name": "Hope", "kind": "place", "aliases": ["Hope"] } ] }""", "test");
        var article = new TokenizedArticle(TestCorpora.Article("Floods hit Hope yesterday."));
        var mentions = new MentionMatcher(actors).Find(article);

        var score = new SentimentScorer().Score(article, article.Sentences[0], NameMask.Of(article, mentions));

        Assert.Contains(score.Masked, w => w.Text == "Hope" && w.MaskedBecause == "part of the name 'Hope'");
    }

    [Fact]
    public void Given_no_mask_When_scored_Then_the_score_is_the_unmasked_one()
    {
        var article = new TokenizedArticle(TestCorpora.Article("Officials said the United States imposed a tariff."));
        var scorer = new SentimentScorer();

        Assert.Equal(scorer.Score(article, article.Sentences[0]).Compound, scorer.Score(article, article.Sentences[0], TokenMask.Empty).Compound);
        Assert.True(scorer.Score(article, article.Sentences[0]).Compound > 0);
    }
}
