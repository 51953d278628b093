using NewsLens.Corpora;

namespace NewsLens.Tests.Corpora;

public sealed class CorpusTests
{
    [Fact]
    public void Given_loaded_and_skipped_inputs_When_summarised_Then_counts_and_reasons_are_grouped()
    {
        var corpus = new Corpus(
            [TestCorpora.Article("x")],
            [new SkippedInput("a.txt", "empty: the file has no bytes"), new SkippedInput("b.bin", "binary: NUL bytes"), new SkippedInput("c.txt", "empty: only whitespace")],
            [new LoadWarning("d.txt", "read as Windows-1252")]);

        Assert.Equal("1 article loaded, 3 skipped (1 binary, 2 empty); 1 warning.", corpus.Summary());
    }

    [Fact]
    public void Given_an_article_without_a_variable_When_read_Then_it_is_unknown()
    {
        var article = TestCorpora.Article("text", outlet: "Arab News");

        Assert.Equal("Arab News", article.Outlet);
        Assert.Equal("unknown", article.Date);
        Assert.Equal("unknown", article["region"]);
    }
}
