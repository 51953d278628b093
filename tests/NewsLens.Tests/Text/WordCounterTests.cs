using NewsLens.Corpora;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class WordCounterTests
{
    [Fact]
    public void Given_the_seed_corpus_When_words_are_counted_Then_counts_equal_unigram_frequencies()
    {
        var corpus = SeedCorpus.Load().Tokenize();
        var counter = new WordCounter();
        foreach (var article in corpus.Articles)
        {
            counter.Add(article.Text);
        }

        var expected = NGrams.Frequencies(corpus, 1);
        Assert.Equal(expected.Select(f => (f.Feature, f.Frequency, f.Rank)), counter.ToFrequencies().Select(f => (f.Feature, f.Frequency, f.Rank)));
        Assert.Equal(corpus.Articles.Sum(a => a.WordCount), counter.TokenCount);
    }

    [Fact]
    public void Given_words_already_seen_When_counted_again_Then_nothing_is_allocated()
    {
        var text = string.Join("\n\n", SeedCorpus.Load().Articles.Select(a => a.Text));
        var counter = new WordCounter();
        counter.Add(text);
        counter.Add(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        counter.Add(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
                Assert.True(counter["syria"] > 0 && counter["syria"] % 3 == 0);
    }

    [Fact]
    public void Given_text_split_between_two_counters_When_merged_Then_counts_equal_one_counter()
    {
        var articles = SeedCorpus.Load().Articles;
        var whole = new WordCounter();
        var first = new WordCounter();
        var second = new WordCounter();
        for (var i = 0; i < articles.Length; i++)
        {
            whole.Add(articles[i].Text);
            (i % 2 == 0 ? first : second).Add(articles[i].Text);
        }

        first.Merge(second);
        Assert.Equal(whole.Counts.OrderBy(p => p.Key, StringComparer.Ordinal), first.Counts.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(whole.TokenCount, first.TokenCount);
    }

    [Fact]
    public void Given_mixed_case_and_typographic_text_When_counted_Then_words_are_folded()
    {
        var counter = new WordCounter();
        counter.Add("Türkiye’s TÜRKIYE türkiye İstanbul Istanbul 2023 2023.");
        Assert.Equal(3, counter["türkiye"]);
        Assert.Equal(0, counter["türkiye's"]);
        Assert.Equal(2, counter["istanbul"]);
        Assert.Equal(2, counter["2023"]);
        Assert.Equal(7, counter.TokenCount);
    }
}

internal static class SeedCorpus
{
    public static Corpus Load() => CorpusReader.Read(TestCorpora.Seeds);
}
