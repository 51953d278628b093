using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class TokenizedArticleTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Given_the_seeds_tokenised_with_a_vocabulary_When_folded_Then_tokens_fold_exactly_as_without_one(bool foldDiacritics)
    {
        var corpus = SeedCorpus.Load();
        var vocabulary = new Vocabulary();
        foreach (var article in corpus.Articles)
        {
            var interned = article.Tokenize(vocabulary);
            var alone = article.Tokenize();
            Assert.Equal<Token>([.. alone.Tokens], [.. interned.Tokens]);
            Assert.Equal<string>([.. new TokenizedArticle(article).Folded(foldDiacritics)], [.. interned.Folded(foldDiacritics)]);
            var ids = interned.FoldedIds(foldDiacritics);
            Assert.Equal<string>([.. interned.Folded(foldDiacritics)], [.. ids.Select(id => vocabulary[id])]);
        }
    }

    [Fact]
    public void Given_decomposed_and_accented_names_When_folded_without_diacritics_Then_they_share_a_number()
    {
        var article = new Article("a", "x", "Çavuşoğlu met C\u0327avus\u0327og\u0306lu and Cavusoglu.", DocumentVariables.Empty, CleaningAudit.None, "test")
            .Tokenize(new Vocabulary());
        var ids = article.FoldedIds(foldDiacritics: true);
        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[0], ids[4]);
        Assert.Equal("cavusoglu", article.Vocabulary![ids[0]]);
        Assert.NotEqual(article.FoldedIds()[0], article.FoldedIds()[4]);
    }

    [Fact]
    public void Given_an_article_tokenised_alone_When_word_numbers_are_asked_for_Then_it_says_why_there_are_none()
    {
        var article = new TokenizedArticle(new Article("solo", "x", "Moscow talks.", DocumentVariables.Empty, CleaningAudit.None, "test"));
        Assert.Null(article.Vocabulary);
        var error = Assert.Throws<InvalidOperationException>(() => article.FoldedIds());
        Assert.Contains("solo", error.Message, StringComparison.Ordinal);
    }
}
