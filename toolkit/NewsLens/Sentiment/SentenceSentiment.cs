using System.Collections.Immutable;
using System.Globalization;

namespace NewsLens.Sentiment;

/// <summary>Which rule set scores text.</summary>
public enum SentimentRules
{
    /// <summary>VADER's rules exactly as vaderSentiment.py 3.3.2 applies them (for comparison and tests).</summary>
    Reference,

    /// <summary>VADER's rules plus the NewsLens fixes for news text (see the README, "Beyond VADER").</summary>
    News,
}

/// <summary>
/// One scored word or phrase: its lexicon valence, the valence after the rules, and the rules that changed it,
/// in order (for example "negated by 'not' ×-0.74"). <see cref="HedgeWeight"/> is non-zero for hedging cues,
/// which carry no polarity.
/// </summary>
public sealed record WordEvidence(string Text, int FirstToken, int TokenCount, double BaseValence, double Valence, ImmutableArray<string> Rules, double HedgeWeight = 0, string? MaskedBecause = null)
{
    public bool IsHedge => HedgeWeight > 0;

    /// <summary>A lexicon word that carried no valence because it is part of a name or a past-event clause.</summary>
    public bool IsMasked => MaskedBecause is not null;

    /// <summary>One line for tables: "not … great 3.1 → -2.29 (negated by 'not' ×-0.74)".</summary>
    public string Describe() =>
        IsHedge
            ? Valence != 0
                ? string.Create(CultureInfo.InvariantCulture, $"{Text} {Valence:+0.###;-0.###;0} [hedge {HedgeWeight:0.##}]")
                : string.Create(CultureInfo.InvariantCulture, $"{Text} [hedge {HedgeWeight:0.##}]")
            : Rules.IsEmpty
                ? string.Create(CultureInfo.InvariantCulture, $"{Text} {Valence:+0.###;-0.###;0}")
                : string.Create(CultureInfo.InvariantCulture, $"{Text} {BaseValence:+0.###;-0.###;0}→{Valence:+0.###;-0.###;0} ({string.Join("; ", Rules)})");
}

/// <summary>VADER's four scores for one sentence, plus the evidence: every word that moved the score.</summary>
public sealed record SentenceSentiment(double Compound, double Positive, double Negative, double Neutral, double Sum, ImmutableArray<WordEvidence> Words)
{
    public static SentenceSentiment Empty { get; } = new(0, 0, 0, 0, 0, []);

    /// <summary>The words with a non-zero valence after the rules (what moved the score), strongest first.</summary>
    public IEnumerable<WordEvidence> Movers => Words.Where(w => w.Valence != 0).OrderByDescending(w => Math.Abs(w.Valence));

    public IEnumerable<WordEvidence> HedgeCues => Words.Where(w => w.IsHedge && w.Valence == 0);

    /// <summary>Lexicon words that were masked (names, past-event clauses), with why.</summary>
    public IEnumerable<WordEvidence> Masked => Words.Where(w => w.IsMasked);

    public double HedgeSum => Words.Sum(w => w.HedgeWeight);

    /// <summary>The evidence as one line: each mover with its valence and the rules that changed it.</summary>
    public string Explain() => string.Join(" | ", Movers.Concat(HedgeCues).Concat(Masked).Select(w => w.Describe()));

    /// <summary>VADER's conventional label: positive at compound ≥ 0.05, negative at ≤ -0.05, neutral between.</summary>
    public string Label(double threshold = 0.05) => Compound >= threshold ? "positive" : Compound <= -threshold ? "negative" : "neutral";
}

/// <summary>A multi-sentence text scored sentence by sentence; the text's scores are the means (no saturation).</summary>
public sealed record TextSentiment(double Compound, double Positive, double Negative, double Neutral, ImmutableArray<SentenceSentiment> Sentences)
{
    public static TextSentiment From(ImmutableArray<SentenceSentiment> sentences) =>
        sentences.IsEmpty
            ? new(0, 0, 0, 0, sentences)
            : new(sentences.Average(s => s.Compound), sentences.Average(s => s.Positive), sentences.Average(s => s.Negative), sentences.Average(s => s.Neutral), sentences);
}
