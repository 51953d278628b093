using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class FoldedTokensTests
{
    private const string Text = "Çavuşoğlu MET Mekdad in İstanbul; the U.S. said “no” — 3.5% of Syria’s talks. Straße ﬁ e\u0301";

    [Fact]
    public void Given_an_interned_article_When_its_tokens_are_read_folded_Then_each_is_the_vocabularys_instance_of_Folded()
    {
        var article = TestCorpora.Article(Text, "a1").Tokenize(new Vocabulary());

        var folded = FoldedTokens.Of(article);

        var expected = article.Folded();
        Assert.All(Enumerable.Range(0, article.Tokens.Length), t => Assert.Same(expected[t], folded[t]));
    }

    [Fact]
    public void Given_an_article_without_a_vocabulary_When_its_tokens_are_read_folded_Then_each_is_Folded()
    {
        var article = TestCorpora.Article(Text, "a2").Tokenize();

        var folded = FoldedTokens.Of(article);

        Assert.Equal(article.Folded(), Enumerable.Range(0, article.Tokens.Length).Select(t => folded[t]));
    }
}
