using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Mentions;
using NewsLens.Sentiment;
using NewsLens.Text;

namespace NewsLens.Pipeline;

/// <summary>
/// Where an article sits in the corpus: its part (file) number and its place among that part's articles. Stable for a
/// given corpus, so it orders rows and assigns articles to shards the same way on every machine.
/// </summary>
public readonly record struct ArticlePosition(int Part, int Row);

/// <summary>The scores of one sentence, without the per-word evidence (which batches would otherwise carry to every stage).</summary>
public readonly record struct SentenceScore(double Compound, double Positive, double Negative, double Neutral, string Label)
{
    /// <summary>Stance toward the target when the run measures it and the sentence is about the target; else null.</summary>
    public StanceScore? Stance { get; init; }

    public static SentenceScore Of(SentenceSentiment sentiment) =>
        new(sentiment.Compound, sentiment.Positive, sentiment.Negative, sentiment.Neutral, sentiment.Label());
}

/// <summary>
/// Stance toward the target of one sentence about it, as <c>newslens sentiment --show stance</c> reports it, without
/// the evidence: the matched target, the stance compound and label, hedging (0 to 1) and the speaker ("" for the author).
/// </summary>
public readonly record struct StanceScore(string Target, double Stance, string Label, double Hedging, string Speaker)
{
    public static StanceScore Of(SentenceStance stance) => new(stance.Target, stance.Stance.Compound, stance.Label, stance.Hedging, stance.Speaker ?? "");
}

/// <summary>What the per-article (map) stage found in one article: its mentions and the sentiment of each sentence.</summary>
public sealed record ArticleFindings(ImmutableArray<Mention> Mentions, ImmutableArray<SentenceScore> Sentences)
{
    public static ArticleFindings None { get; } = new([], []);
}

/// <summary>
/// Some consecutive articles of one part of the corpus (<see cref="Index"/>), read, cleaned, tokenised and analysed per
/// article; the articles of other shards are left out. A part comes in one or more batches (<see cref="Piece"/> 0, 1, …,
/// the last with <see cref="LastPiece"/>); its skipped inputs and warnings ride with its first.
/// </summary>
public sealed record AnalysisBatch(int Index, TokenizedCorpus Corpus, ImmutableArray<ArticlePosition> Positions, ImmutableArray<ArticleFindings> Findings, ImmutableArray<SkippedInput> Skipped, ImmutableArray<LoadWarning> Warnings)
{
    public int Count => Corpus.Count;

    /// <summary>Which batch of its part this is (0 for the first).</summary>
    public int Piece { get; init; }

    /// <summary>Whether this is the last batch of its part.</summary>
    public bool LastPiece { get; init; } = true;

    /// <summary>What <see cref="StreamingOptions.Map"/> returned for this batch (null without one).</summary>
    public object? Mapped { get; init; }
}

/// <summary>Which articles a run keeps: shard <see cref="Number"/> of <see cref="Count"/> (1-based), by article position.</summary>
public readonly record struct Shard(int Number, int Count)
{
    public static Shard All { get; } = new(1, 1);

    /// <summary>Articles are dealt round-robin within each part (offset by the part number), so shards stay even on any layout.</summary>
    public bool Keeps(ArticlePosition position) => Count == 1 || (int)(((long)position.Part + position.Row) % Count) == Number - 1;

    /// <summary>Parses "K/N" with 1 ≤ K ≤ N.</summary>
    public static Shard Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            && count >= 1 && number >= 1 && number <= count)
        {
            return new Shard(number, count);
        }

        throw new FormatException($"a shard is K/N with 1 <= K <= N (for example 2/4), not \"{text}\".");
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Number}/{Count}");
}

/// <summary>
/// The per-article analysis run on the preparing threads: mentions (when an actor dictionary is given), sentence
/// sentiment and, with a <paramref name="stance"/> analyzer, the stance toward the target of the sentences about it
/// (the mentions found here are reused when both were built on the same actor dictionary). General sentiment masks
/// names as <see cref="SentimentAnalyzer.Analyze(TokenizedCorpus)"/> does (the actors' names and runs of capitalised
/// words: "Free" in "Free Democratic Party" is not praise), so a sentence scores the same here as in `sentiment`.
/// </summary>
public sealed class ArticleAnalyzer(MentionMatcher? matcher, SentimentScorer? scorer, SentimentAnalyzer? stance = null)
{
    public MentionMatcher? Matcher => matcher;

    /// <summary>Whether sentences get a <see cref="SentenceScore.Stance"/> (needs a sentence scorer too).</summary>
    public bool MeasuresStance => stance is not null && scorer is not null;

    public ArticleFindings Analyze(TokenizedArticle article)
    {
        var mentions = matcher is null ? [] : matcher.Find(article);
        if (scorer is null)
        {
            return new ArticleFindings(mentions, []);
        }

        var (names, stances) = stance is null
            ? (NameMask.Of(article, mentions), default)
            : stance.NamesAndStanceOf(article, matcher is not null && ReferenceEquals(matcher.Actors, stance.Actors) ? mentions : null);
        var sentences = ImmutableArray.CreateBuilder<SentenceScore>(article.Sentences.Length);
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var score = SentenceScore.Of(scorer.Score(article, article.Sentences[s], names));
            sentences.Add(!stances.IsDefault && stances[s] is { } about ? score with { Stance = StanceScore.Of(about) } : score);
        }

        return new ArticleFindings(mentions, sentences.MoveToImmutable());
    }
}
