using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Pipeline;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Tests.Pipeline;

public sealed class ArticleAnalyzerTests
{
    [Fact]
    public void Given_the_seeds_and_their_story_When_each_article_is_analysed_Then_every_sentence_scores_as_the_sentiment_analysis_scores_it()
    {
        var corpus = CorpusReader.Read(TestCorpora.Seeds).Tokenize();
        var story = NewsLens.Stories.Story.Find(TestCorpora.Seeds)!;
        var actors = story.LoadActors();
        var stance = new SentimentAnalyzer(stance: story.LoadStanceLexicon(), process: story.Process, actors: actors);
        var expected = stance.Analyze(corpus).Sentences
            .Select(s => $"{s.Article.Id}#{s.Index} {s.General.Compound} {s.Stance?.Compound}").ToList();

        var analyzer = CorpusAnalysis.DefaultAnalyzer(actors, stance);
        var found = corpus.Articles.SelectMany(a => analyzer.Analyze(a).Sentences.Select((s, i) => (a, i, s)))
            .Where(f => expected.Any(e => e.StartsWith($"{f.a.Id}#{f.i} ", StringComparison.Ordinal)))
            .Select(f => $"{f.a.Id}#{f.i} {f.s.Compound} {f.s.Stance?.Stance}");

        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Given_a_sentence_whose_only_valence_words_are_in_names_When_analysed_with_or_without_stance_Then_it_is_neutral(bool withStance)
    {
        var actors = ActorDictionary.Parse("""{ "actors": [ { "key": "un", "name": "United Nations", "kind": "organisation", "aliases": ["United Nations"] } ] }""", "test");
        var article = NewsLens.Tests.Comparison.ComparisonCorpus.Single("Officials of the Free Democratic Party met the United Nations envoy on Tuesday.");
        var analyzer = CorpusAnalysis.DefaultAnalyzer(actors, withStance ? new SentimentAnalyzer(actors: actors) : null);

        var scores = analyzer.Analyze(article).Sentences;

        Assert.Equal(0, Assert.Single(scores).Compound);
        Assert.True(new SentimentScorer().Score(article, article.Sentences[0]).Compound > 0.5, "unmasked, 'free' and 'united' would score");
    }
}
