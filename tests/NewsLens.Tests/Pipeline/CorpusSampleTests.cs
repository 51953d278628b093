using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Corpora;
using NewsLens.Pipeline;

namespace NewsLens.Tests.Pipeline;

public sealed class CorpusSampleTests
{
    [Fact]
    public void Given_a_corpus_under_the_bound_When_read_Then_every_article_is_kept_as_the_reader_reads_it_and_no_note_is_given()
    {
        var sample = CorpusSample.Read(TestCorpora.Seeds, maxArticles: 100);

        Assert.False(sample.IsSample);
        Assert.Equal("", sample.Note);
        Assert.Equal(CorpusReader.Read(TestCorpora.Seeds).Articles.Select(a => a.Id), sample.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Given_a_folder_of_parts_over_the_bound_When_read_Then_the_bound_many_articles_with_the_lowest_hashes_are_kept_in_corpus_order()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 1000, articlesPerPart: 90);

        var sample = CorpusSample.Read(corpus, maxArticles: 120);

        var whole = CorpusReader.Read(corpus);
        var expected = whole.Articles.OrderBy(CorpusSample.HashOf).Take(120).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(sample.IsSample);
        Assert.Equal(1000, sample.Total);
        Assert.Equal(120, sample.Corpus.Count);
        Assert.True(expected.SetEquals(sample.Corpus.Articles.Select(a => a.Id)));
        Assert.Equal(whole.Articles.Select(a => a.Id).Where(expected.Contains), sample.Corpus.Articles.Select(a => a.Id));
        Assert.Contains("120 of the corpus's 1,000 articles", sample.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_same_corpus_When_read_twice_Then_the_samples_are_the_same()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 500, articlesPerPart: 40);

        Assert.Equal(
            CorpusSample.Read(corpus, maxArticles: 50).Corpus.Articles.Select(a => a.Id),
            CorpusSample.Read(corpus, maxArticles: 50).Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Given_a_bound_of_zero_When_read_Then_every_article_is_kept()
    {
        using var folder = new TempFolder();
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, "corpus"), articles: 300, articlesPerPart: 100);

        var sample = CorpusSample.Read(corpus, maxArticles: 0);

        Assert.Equal(300, sample.Corpus.Count);
        Assert.False(sample.IsSample);
    }

    [Property]
    public Property Given_any_corpus_and_bound_When_sampled_Then_it_keeps_min_of_both_in_order_and_the_lowest_hashes(PositiveInt articles, PositiveInt bound)
    {
        var n = articles.Get % 60;
        var max = 1 + (bound.Get % 40);
        var corpus = Corpus.FromArticles(Enumerable.Range(0, n).Select(i => TestCorpora.Article($"text {i}", $"a{i}")));

        var sample = CorpusSample.Of(corpus, max);

        var kept = sample.Corpus.Articles.Select(a => a.Id).ToList();
        var lowest = corpus.Articles.OrderBy(CorpusSample.HashOf).Take(max).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return (kept.Count == Math.Min(n, max)
            && lowest.SetEquals(kept)
            && kept.SequenceEqual(corpus.Articles.Select(a => a.Id).Where(lowest.Contains))
            && sample.Total == n).ToProperty();
    }
}
