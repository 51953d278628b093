using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class KwicTests
{
    private static readonly TokenizedCorpus Corpus = TestCorpora.Corpus(
        ("d1", "A", "Foreign Minister Mevlüt Çavuşoğlu met Syrian President Bashar al-Assad in Moscow."),
        ("d2", "B", "The foreign minister said normalisation and normalization both advance."));

    [Fact]
    public void Given_a_multi_word_pattern_When_searched_Then_hits_carry_document_offsets_and_context()
    {
        var hits = Kwic.Find(Corpus, "foreign minister", window: 2);

        Assert.Equal(2, hits.Length);
        var first = hits[0];
        Assert.Equal("d1", first.DocumentId);
        Assert.Equal("Foreign Minister", first.Keyword);
        Assert.Equal("", first.Left);
        Assert.Equal("Mevlüt Çavuşoğlu", first.Right);
        Assert.Equal("Foreign Minister", Corpus.Articles[0].Text[first.Start..first.End]);
        Assert.Equal("The", hits[1].Left);
    }

    [Fact]
    public void Given_an_ascii_spelling_When_searched_Then_diacritics_do_not_matter()
    {
        var hit = Assert.Single(Kwic.Find(Corpus, "cavusoglu", window: 1));

        Assert.Equal("Çavuşoğlu", hit.Keyword);
        Assert.Equal("Mevlüt", hit.Left);
        Assert.Equal("met", hit.Right);
    }

    [Fact]
    public void Given_a_wildcard_When_searched_Then_every_ending_matches()
    {
        Assert.Equal(["normalisation", "normalization"], Kwic.Find(Corpus, "normali*", window: 0).Select(h => h.Keyword));
    }

    [Fact]
    public void Given_a_part_of_a_hyphenated_name_When_searched_Then_the_whole_token_is_the_hit()
    {
        var hit = Assert.Single(Kwic.Find(Corpus, "Assad", window: 1));

        Assert.Equal("al-Assad", hit.Keyword);
    }

    [Fact]
    public void Given_an_empty_pattern_When_searched_Then_it_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Kwic.Find(Corpus, "  "));
    }
}
