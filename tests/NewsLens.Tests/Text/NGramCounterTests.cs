using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class NGramCounterTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void Given_the_seed_corpus_When_counted_in_batches_and_merged_Then_it_equals_NGrams_Frequencies(int n, bool withoutStopWords)
    {
        var corpus = SeedCorpus.Load().Tokenize();
        var stopWords = withoutStopWords ? StopWords.English : null;
        var first = new NGramCounter(n, stopWords);
        var second = new NGramCounter(n, stopWords);
        for (var i = 0; i < corpus.Articles.Length; i++)
        {
            (i < 2 ? first : second).Add(corpus.Articles[i]);
        }

        first.Merge(second);
        var expected = NGrams.Frequencies(corpus, n, stopWords);
        Assert.NotEmpty(expected);
        var actual = first.ToFrequencies();
        Assert.Equal<FeatureFrequency>([.. expected], [.. actual]);
        Assert.Equal(expected.Sum(f => (long)f.Frequency), first.Total);
        Assert.Equal(corpus.Count, first.Documents);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(700)]
    [InlineData(5_000)]
    [InlineData(2_000_000)]
    public void Given_an_expected_number_of_pairs_When_the_seed_corpus_is_counted_Then_counts_equal_those_of_a_counter_that_grows(int expectedDistinct)
    {
        var corpus = SeedCorpus.Load().Tokenize();
        var growing = new NGramCounter(2, StopWords.English);
        var presized = new NGramCounter(2, StopWords.English, expectedDistinct);

        growing.Add(corpus);
        presized.Add(corpus);

        Assert.True(growing.Count > 768, "the seeds have enough pairs to make the default table (1,024 slots, 3/4 full) grow");
        Assert.Equal<FeatureFrequency>([.. growing.ToFrequencies()], [.. presized.ToFrequencies()]);
        Assert.Equal(growing.Total, presized.Total);
        Assert.Equal<FeatureFrequency>([.. growing.Top(10)], [.. presized.Top(10)]);
    }

    [Fact]
    public void Given_the_seed_corpus_When_visited_with_ForEach_Then_every_gram_and_count_of_ToFrequencies_is_seen_once()
    {
        var counter = new NGramCounter(2);
        counter.Add(SeedCorpus.Load().Tokenize());
        var visited = new List<(string, int)>();

        counter.ForEach((gram, count) => visited.Add((gram, count)));

        Assert.Equal(counter.ToFrequencies().Select(f => (f.Feature, f.Frequency)).Order(), visited.Order());
    }

    [Fact]
    public void Given_a_gram_twice_in_one_article_When_counted_Then_its_document_frequency_is_one()
    {
        var article = new NewsLens.Corpora.Article("a", "x", "Moscow talks. Moscow talks, again.", NewsLens.Corpora.DocumentVariables.Empty, NewsLens.Corpora.CleaningAudit.None, "test").Tokenize();
        var counter = new NGramCounter(2);
        counter.Add(article);
        Assert.Equal(2, counter["moscow talks"]);
        Assert.Equal(1, counter.ToFrequencies().Single(f => f.Feature == "moscow talks").DocumentFrequency);
        Assert.Equal(0, counter["talks moscow"]);
        Assert.Equal(0, counter["moscow"]);

        var words = new NGramCounter(1);
        words.Add(article);
        Assert.Equal(2, words["moscow"]);
        Assert.Equal(1, words["again"]);
        Assert.Equal(0, words["moscow talks"]);
        Assert.Equal(0, words[""]);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 7)]
    [InlineData(2, 25)]
    [InlineData(3, 100000)]
    public void Given_the_seed_corpus_When_the_top_n_grams_are_asked_for_Then_they_are_the_first_rows_of_the_frequencies(int n, int count)
    {
        var counter = new NGramCounter(n);
        counter.Add(SeedCorpus.Load().Tokenize());
        Assert.Equal<FeatureFrequency>([.. counter.ToFrequencies().Take(count)], [.. counter.Top(count)]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Given_articles_with_and_without_vocabularies_When_counted_by_one_counter_Then_it_equals_NGrams_Frequencies(int n)
    {
        var corpus = SeedCorpus.Load();
        var first = new Vocabulary();
        var second = new Vocabulary();
        var articles = corpus.Articles.Select((a, i) => (i % 3) switch { 0 => a.Tokenize(first), 1 => new TokenizedArticle(a), _ => a.Tokenize(second) }).ToList();
        var counter = new NGramCounter(n, StopWords.English);
        foreach (var article in articles)
        {
            counter.Add(article);
        }

        var expected = NGrams.Frequencies(new TokenizedCorpus(corpus, [.. articles]), n, StopWords.English);
        Assert.Equal<FeatureFrequency>([.. expected], [.. counter.ToFrequencies()]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Given_long_articles_with_many_distinct_n_grams_in_two_vocabularies_When_counted_and_merged_Then_tables_grow_without_losing_counts(int n)
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 3_000).Select(i => $"w{i}").ToArray();
        Vocabulary[] vocabularies = [new(), new()];
        var articles = Enumerable.Range(0, 6).Select(d => new NewsLens.Corpora.Article($"d{d}", "x",
            string.Join(' ', Enumerable.Range(0, 6_000).Select(_ => words[random.Next(words.Length)])) + ".",
            NewsLens.Corpora.DocumentVariables.Empty, NewsLens.Corpora.CleaningAudit.None, "test").Tokenize(vocabularies[d % 2])).ToList();
        var left = new NGramCounter(n);
        var right = new NGramCounter(n);
        for (var i = 0; i < articles.Count; i++)
        {
            (i % 2 == 0 ? left : right).Add(articles[i]);
        }

        left.Merge(right);
        var expected = NGrams.Frequencies(new TokenizedCorpus(new NewsLens.Corpora.Corpus([.. articles.Select(a => a.Article)], [], []), [.. articles]), n, null);
        Assert.True(expected.Length > 2_000);
        Assert.Equal<FeatureFrequency>([.. expected], [.. left.ToFrequencies()]);
        Assert.Equal(expected.Length, left.Count);
    }

    [Fact]
    public void Given_counters_of_different_n_When_merged_Then_it_throws()
    {
        Assert.Throws<ArgumentException>(() => new NGramCounter(1).Merge(new NGramCounter(2)));
    }
}
