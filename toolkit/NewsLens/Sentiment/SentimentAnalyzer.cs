using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsLens.Attribution;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Sentiment.Process;
using NewsLens.Stories;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>Settings of a sentiment and stance analysis. Defaults: News rules, 2000 bootstrap resamples, 95% intervals.</summary>
public sealed record SentimentOptions
{
    public SentimentRules Rules { get; init; } = SentimentRules.News;

    /// <summary>Who each scored sentence is attributed to; the default handles "X said", "according to X", "X sources".</summary>
    public SpeakerResolver Speaker { get; init; } = new AttributionExtractor().SpeakerOf;

    public int BootstrapResamples { get; init; } = 2000;

    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Seed of the bootstrap's random numbers, so intervals are the same on every run.</summary>
    public int Seed { get; init; } = 20230404;

    /// <summary>Stance polarity threshold (VADER's convention): compound ≥ t positive, ≤ -t negative.</summary>
    public double StanceThreshold { get; init; } = 0.05;

    /// <summary>A sentence counts as hedged when its hedging score reaches this.</summary>
    public double HedgedThreshold { get; init; } = 0.5;
}

/// <summary>
/// One sentence with both measures: general sentiment (every sentence) and, when it is about the target process,
/// stance (domain lexicon over the general one) and hedging, with the speaker it is attributed to.
/// </summary>
public sealed record ScoredSentence(
    TokenizedArticle Article,
    int Index,
    string Text,
    SentenceSentiment General,
    string? TargetMatch,
    SentenceSentiment? Stance,
    double Hedging,
    string? Speaker,
    ProcessMatch? Why = null)
{
    public string ArticleId => Article.Id;

    public string Outlet => Article.Article.Outlet;

    public string Date => Article.Article.Date;

    public bool IsAboutTarget => TargetMatch is not null;

    /// <summary>Where the sentence's text lies in the original file, characters [Start, End), so a reader can open the file at it.</summary>
    public (int Start, int End) FileSpan
    {
        get
        {
            var sentence = Article.Sentences[Index];
            var (start, end) = (sentence.Start, sentence.End);
            while (start < end && char.IsWhiteSpace(Article.Text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(Article.Text[end - 1]))
            {
                end--;
            }

            return Article.Article.ToSource(start, end);
        }
    }

    /// <summary>positive, negative or neutral toward the target; null for sentences not about it.</summary>
    public string? StanceLabel(double threshold = 0.05) => Stance?.Label(threshold);

    public bool IsHedged(double threshold = 0.5) => Hedging >= threshold;

    /// <summary>The value of a grouping: "outlet", "article" (the id), "corpus" or any document variable (see <see cref="DocumentGrouping"/>).</summary>
    public string GroupValue(string by) => DocumentGrouping.GroupOf(Article.Article, by);
}

/// <summary>
/// Stance toward the target of one sentence that is about it: which target words matched, the stance scores, hedging
/// (0 to 1) and the speaker it is attributed to (null when the author's).
/// </summary>
public sealed record SentenceStance(string Target, SentenceSentiment Stance, double Hedging, string? Speaker, double Threshold)
{
    /// <summary>positive, negative or neutral, at the analyzer's stance threshold.</summary>
    public string Label => Stance.Label(Threshold);
}

/// <summary>Scores every sentence of a corpus for general sentiment, stance toward the target, hedging and speaker.</summary>
public sealed class SentimentAnalyzer
{
    private readonly SentimentScorer _general;
    private readonly SentimentScorer _stance;

    private readonly ProcessMatcher _process;

    /// <param name="general">The general lexicon (default: VADER's).</param>
    /// <param name="stance">Polarity and hedge layers for stance (default: the bundled stance lexicon).</param>
    /// <param name="options">Rules, bootstrap and thresholds.</param>
    /// <param name="process">The target process (default: the stance lexicon's target words, with no participants).</param>
    /// <param name="actors">The actor dictionary: resolves the process's participants and masks names from valence.</param>
    public SentimentAnalyzer(SentimentLexicon? general = null, StanceLexicon? stance = null, SentimentOptions? options = null, ProcessDefinition? process = null, ActorDictionary? actors = null)
    {
        Options = options ?? new SentimentOptions();
        StanceLexicon = stance ?? StanceLexicon.Default;
        Process = process ?? ProcessDefinition.FromTargets(StanceLexicon.Targets.Select(t => string.Join(' ', t.Words)));
        _process = new ProcessMatcher(Process, actors is null ? null : new MentionMatcher(actors));
        var generalLexicon = general ?? SentimentLexicon.Vader;
        _general = new SentimentScorer(generalLexicon, Options.Rules);
        _stance = new SentimentScorer(
            generalLexicon.With(StanceLexicon.Polarity, $"{generalLexicon.Source} + {StanceLexicon.Source}"),
            Options.Rules,
            SentimentLexicon.FromEntries(StanceLexicon.Hedges, StanceLexicon.Source));
    }

    public SentimentOptions Options { get; }

    public StanceLexicon StanceLexicon { get; }

    /// <summary>The process stance is measured toward.</summary>
    public ProcessDefinition Process { get; }

    public SentimentScorer GeneralScorer => _general;

    public SentimentScorer StanceScorer => _stance;

    public SentimentAnalysis Analyze(TokenizedCorpus corpus) => Analyze(corpus.Articles);

    public SentimentAnalysis Analyze(IEnumerable<TokenizedArticle> articles)
    {
        var analysed = articles.ToImmutableArray();
        var sentences = ImmutableArray.CreateBuilder<ScoredSentence>();
        foreach (var article in analysed)
        {
            var context = ContextOf(article, null);
            for (var s = 0; s < article.Sentences.Length; s++)
            {
                var sentence = article.Sentences[s];
                if (!HasWord(article, sentence))
                {
                    continue;
                }

                var general = _general.Score(article, sentence, context.Names);
                var why = context.About[s];
                var stance = why is null ? null : StanceOf(article, s, context);
                sentences.Add(new ScoredSentence(article, s, sentence.ToString(article.Text), general, why?.ToString(), stance?.Stance, stance?.Hedging ?? 0, stance?.Speaker, why));
            }
        }

        return new SentimentAnalysis(sentences.ToImmutable(), Options, analysed);
    }

    /// <summary>
    /// Stance toward the target of every sentence of one article, by sentence index (null for a sentence not about the
    /// target): what <see cref="Analyze(IEnumerable{TokenizedArticle})"/> gives its sentences, without scoring general
    /// sentiment. <paramref name="mentions"/> are the article's mentions when the caller has already matched them with
    /// this analyzer's actor dictionary (null: matched here).
    /// </summary>
    public ImmutableArray<SentenceStance?> StanceOf(TokenizedArticle article, ImmutableArray<Mention>? mentions = null) =>
        NamesAndStanceOf(article, mentions).Stances;

    /// <summary>
    /// As <see cref="StanceOf(TokenizedArticle, ImmutableArray{Mention}?)"/>, with the mask of names that
    /// <see cref="Analyze(IEnumerable{TokenizedArticle})"/> scores the article's general sentiment with (built once for both).
    /// </summary>
    public (TokenMask Names, ImmutableArray<SentenceStance?> Stances) NamesAndStanceOf(TokenizedArticle article, ImmutableArray<Mention>? mentions = null)
    {
        var context = ContextOf(article, mentions);
        var stances = new SentenceStance?[article.Sentences.Length];
        for (var s = 0; s < stances.Length; s++)
        {
            if (context.About[s] is not null && HasWord(article, article.Sentences[s]))
            {
                stances[s] = StanceOf(article, s, context);
            }
        }

        return (context.Names, ImmutableCollectionsMarshal.AsImmutableArray(stances));
    }

    /// <summary>The actor dictionary that resolves the process's participants (null without one).</summary>
    public ActorDictionary? Actors => _process.Actors?.Actors;

    private ArticleContext ContextOf(TokenizedArticle article, ImmutableArray<Mention>? known)
    {
        var mentions = known ?? _process.Actors?.Find(article) ?? [];
        return new ArticleContext(NameMask.Of(article, mentions), _process.Match(article, mentions), ClauseScope.YearOf(article.Article.Date));
    }

    private SentenceStance StanceOf(TokenizedArticle article, int index, ArticleContext context)
    {
        var sentence = article.Sentences[index];
        var why = context.About[index]!;
        var stance = _stance.Score(article, sentence, ClauseScope.PastEvents(article, sentence, context.Year, context.Names));
        return new SentenceStance(why.ToString(), stance, HedgingScore(stance), Options.Speaker(article, sentence), Options.StanceThreshold);
    }

    private sealed record ArticleContext(TokenMask Names, ImmutableArray<ProcessMatch?> About, int? Year);

    private static bool HasWord(TokenizedArticle article, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
        {
            if (article.Tokens[t].IsWordLike)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scores one free-standing sentence for stance as if it were about the target (used for validation).</summary>
    public (SentenceSentiment Stance, double Hedging) ScoreStance(string sentence)
    {
        var stance = _stance.ScoreSentence(sentence);
        return (stance, HedgingScore(stance));
    }

    /// <summary>Hedging of a sentence: the sum of its cue weights, capped at 1.</summary>
    public static double HedgingScore(SentenceSentiment stance) => Math.Min(1.0, stance.HedgeSum);
}
