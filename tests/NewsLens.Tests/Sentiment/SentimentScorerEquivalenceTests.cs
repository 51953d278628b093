using FsCheck.Xunit;
using NewsLens.Sentiment;
using NewsLens.Tests.Sentiment.Legacy;
using NewsLens.Text;

namespace NewsLens.Tests.Sentiment;

/// <summary>
/// The scorer builds nothing for words that carry no sentiment; these tests hold it to the scorer it replaced (kept
/// in Legacy/ as the oracle): bit-identical scores and the same evidence (words, tokens, valences, rules, hedges).
/// </summary>
public sealed class SentimentScorerEquivalenceTests
{
    private static readonly Lazy<(SentimentScorer Fast, LegacySentimentScorer Legacy)[]> Pairs = new(() =>
    {
        var stanceLexicon = StanceLexicon.Default;
        var stance = SentimentLexicon.Vader.With(stanceLexicon.Polarity, "vader + stance");
        var hedges = SentimentLexicon.FromEntries(stanceLexicon.Hedges, "hedges");
        return
        [
            (new SentimentScorer(rules: SentimentRules.Reference), new LegacySentimentScorer(rules: SentimentRules.Reference)),
            (new SentimentScorer(rules: SentimentRules.News), new LegacySentimentScorer(rules: SentimentRules.News)),
            (new SentimentScorer(stance, SentimentRules.News, hedges), new LegacySentimentScorer(stance, SentimentRules.News, hedges)),
            (new SentimentScorer(stance, SentimentRules.Reference, hedges), new LegacySentimentScorer(stance, SentimentRules.Reference, hedges)),
        ];
    });

    // Lexicon words, negations, boosters and dampeners, idiom parts, phrase parts, hedges, concession and but cues,
    // ALL CAPS, clause breaks and emphasis, so random sentences reach every rule.
    private static readonly string[] Vocabulary =
    [
        "good", "GOOD", "Good", "great", "GREAT", "bad", "terrible", "TERRIBLE", "worst", "problem", "progress", "stalled", "failed",
        "not", "NOT", "no", "No", "never", "nor", "or", "isn't", "don't", "dont", "without", "doubt", "a", "despite", "Despite",
        "although", "though", "notwithstanding", "but", "But", "only", "just", "so", "this", "very", "VERY", "extremely", "slightly",
        "kind", "of", "sort", "kinda", "least", "at", "the", "shit", "bomb", "kiss", "death", "to", "die", "for", "yeah", "right",
        "bus", "stop", "broken", "heart", "beating", "like", "Like", "i", "we", "they", "enough", "can't", "stand", "fed", "up",
        "positive", "and", "constructive", "pave", "way", "step", "forward", "may", "May", "might", "reportedly", "not", "yet",
        "confirmed", "expected", "it", "is", "believed", "remains", "uncertain", "Hope", "hope", "normalisation", "talks",
        "!", "?", "!!", "??", "?!", ",", ";", ":", "-", "—", "(", ")", ".", "'", "“", "”", "3.5", "Çok", "İyi", "ﬁne", "cafe\u0301",
        "LOL", "lol", "sux", "SUX", "uber", "FRIGGIN", "handsome", "funny", "smart", "de-escalation", "well-being", "on", "track",
    ];

    private static string Text(int[] picks) =>
        string.Join(' ', picks.Select(p => Vocabulary[(int)((uint)p % (uint)Vocabulary.Length)]));

    [Fact]
    public void Given_the_seed_corpus_When_every_sentence_is_scored_Then_scores_and_evidence_equal_the_legacy_scorers()
    {
        var corpus = TestCorpus.Seeds();
        var moved = 0;
        foreach (var (fast, legacy) in Pairs.Value)
        {
            foreach (var article in corpus.Articles)
            {
                foreach (var sentence in article.Sentences)
                {
                    var expected = legacy.Score(article, sentence);
                    AssertSame(expected, fast.Score(article, sentence));
                    moved += expected.Words.Length;
                }

                AssertSame(legacy.ScoreText(article.Text), fast.ScoreText(article.Text));
            }
        }

        Assert.True(moved > 100);
    }

    [Fact]
    public void Given_one_scorer_shared_by_a_parallel_loop_When_sentences_are_scored_Then_each_result_is_the_sequential_one()
    {
        var corpus = TestCorpus.Seeds();
        var (scorer, _) = Pairs.Value[2];
        var sentences = corpus.Articles.SelectMany(a => a.Sentences.Select(s => (Article: a, Sentence: s))).ToList();
        var sequential = sentences.Select(p => scorer.Score(p.Article, p.Sentence)).ToList();

        var parallel = new SentenceSentiment[sentences.Count * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            parallel[i] = scorer.Score(sentences[i % sentences.Count].Article, sentences[i % sentences.Count].Sentence));

        for (var i = 0; i < parallel.Length; i++)
        {
            AssertSame(sequential[i % sentences.Count], parallel[i]);
        }
    }

    [Fact]
    public void Given_long_unpunctuated_texts_When_scored_in_windows_Then_scores_and_evidence_equal_the_legacy_scorers()
    {
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var text = Text([.. Enumerable.Range(0, random.Next(90, 420)).Select(_ => random.Next())]);
            AssertAllSame(text);
        }
    }

    [Theory]
    [InlineData("The new plan is the bomb and the shit, truly good.")]
    [InlineData("That was the kiss of death for a good plan.")]
    [InlineData("Yeah right, that was great and yeah right it was good.")]
    [InlineData("A good bus stop, a nice bus stop.")]
    [InlineData("My broken heart is sad but the beating heart is good.")]
    [InlineData("It is kind of good, sort of great, just enough fine and kinda bad.")]
    [InlineData("They said the talks were the bomb, to die for, not bad.")]
    [InlineData("At least it is not bad; the very least good; least bad.")]
    [InlineData("Without a doubt it was good, never so good, never this bad.")]
    [InlineData("We like it; like a storm, it was not only good but great.")]
    [InlineData("Despite progress, the talks stalled; although good, talks failed but it was fine.")]
    [InlineData("The talks were positive and constructive, a step forward that may pave the way.")]
    [InlineData("It is not yet confirmed that they might meet in May; Hope Street was good.")]
    [InlineData("VERY GOOD news, EXTREMELY bad news and SLIGHTLY good news!!! Really??")]
    [InlineData("ALL GOOD AND VERY GREAT NEWS, NOT BAD!")]
    public void Given_a_sentence_that_reaches_a_rule_When_scored_Then_scores_and_evidence_equal_the_legacy_scorers(string text)
    {
        AssertAllSame(text);
        Assert.Contains(Pairs.Value.SelectMany(p => p.Fast.ScoreSentence(text).Words), w => w.Rules.Length > 0 || w.IsHedge);
    }

    [Property(MaxTest = 500)]
    public bool Given_any_text_of_rule_words_When_scored_Then_scores_and_evidence_equal_the_legacy_scorers(int[] picks)
    {
        AssertAllSame(Text(picks));
        return true;
    }

    [Property(MaxTest = 300)]
    public bool Given_any_string_When_scored_Then_scores_and_evidence_equal_the_legacy_scorers(string? text)
    {
        AssertAllSame(text ?? "");
        return true;
    }

    private static void AssertAllSame(string text)
    {
        var article = TestCorpora.Tokenized(text);
        foreach (var (fast, legacy) in Pairs.Value)
        {
            AssertSame(legacy.ScoreSentence(text), fast.ScoreSentence(text));
            AssertSame(legacy.ScoreText(text), fast.ScoreText(text));
            foreach (var sentence in article.Sentences)
            {
                AssertSame(legacy.Score(article, sentence), fast.Score(article, sentence));
            }
        }
    }

    private static void AssertSame(TextSentiment expected, TextSentiment actual)
    {
        Assert.Equal(
            (expected.Compound, expected.Positive, expected.Negative, expected.Neutral, expected.Sentences.Length),
            (actual.Compound, actual.Positive, actual.Negative, actual.Neutral, actual.Sentences.Length));
        for (var i = 0; i < expected.Sentences.Length; i++)
        {
            AssertSame(expected.Sentences[i], actual.Sentences[i]);
        }
    }

    private static void AssertSame(SentenceSentiment expected, SentenceSentiment actual)
    {
        // Exact: the same arithmetic in the same order gives the same bits.
        Assert.Equal(
            (expected.Compound, expected.Positive, expected.Negative, expected.Neutral, expected.Sum),
            (actual.Compound, actual.Positive, actual.Negative, actual.Neutral, actual.Sum));
        Assert.Equal(expected.Words.Select(Describe), actual.Words.Select(Describe));
    }

    private static string Describe(WordEvidence w) =>
        FormattableString.Invariant($"{w.Text}|{w.FirstToken}|{w.TokenCount}|{w.BaseValence:R}|{w.Valence:R}|{w.HedgeWeight:R}|{string.Join(" / ", w.Rules)}");
}
