using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class NGramsTests
{
    [Fact]
    public void Given_sentences_When_bigrams_are_taken_Then_they_never_cross_a_sentence_or_punctuation()
    {
        var article = TestCorpora.Tokenized("Foreign ministers met. Deputy ministers, too.");

        Assert.Equal(["foreign ministers", "ministers met", "deputy ministers"], NGrams.Of(article, 2));
    }

    [Fact]
    public void Given_a_corpus_When_frequencies_are_counted_Then_rank_and_document_frequency_follow_quanteda()
    {
        var corpus = TestCorpora.Corpus(("d1", "A", "talks talks Moscow"), ("d2", "B", "talks Ankara"));

        var table = NGrams.Frequencies(corpus);

        Assert.Equal(new FeatureFrequency("talks", 3, 1, 2), table[0]);
        Assert.Equal(new FeatureFrequency("ankara", 1, 2, 1), table[1]);
        Assert.Equal(new FeatureFrequency("moscow", 1, 2, 1), table[2]);
    }

    [Fact]
    public void Given_stop_words_When_counting_Then_they_are_left_out()
    {
        var corpus = TestCorpora.Corpus(("d1", "A", "The talks and the road map"));

        var features = NGrams.Frequencies(corpus, 1, StopWords.English).Select(f => f.Feature);

        Assert.Equal(["map", "road", "talks"], features);
    }
}
