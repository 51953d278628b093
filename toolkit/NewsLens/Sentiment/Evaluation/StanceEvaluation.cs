using System.Collections.Immutable;
using NewsLens.Text;

namespace NewsLens.Sentiment.Evaluation;

/// <summary>
/// One gold sentence next to what the tool made of it: the tool's sentences it aligned to, whether any of them was
/// considered about the process (and why), the predicted label (-1/0/1; an unconsidered sentence counts as 0), the
/// stance compound behind it, the hedging and speaker, and the evidence.
/// </summary>
public sealed record StanceComparison(
    StanceGoldSentence Gold,
    ImmutableArray<ScoredSentence> Aligned,
    bool Considered,
    int Predicted,
    double Compound,
    bool Hedged,
    string? Speaker,
    string Why,
    string Evidence)
{
    public bool IsAligned => !Aligned.IsEmpty;
}

/// <summary>
/// Agreement of the stance stage with a gold file: coverage (gold sentences about the process that the tool
/// considered), precision of that selection, accuracy, Cohen's kappa and the confusion matrix over every labelled
/// sentence (unconsidered = neutral), Pearson r of the gold label with the stance compound (0 when unconsidered),
/// hedging agreement, and the comparisons themselves (the disagreements with their evidence).
/// </summary>
public sealed record StanceEvaluation(
    ImmutableArray<StanceComparison> Comparisons,
    int AboutGold,
    int AboutConsidered,
    int ConsideredNotAbout,
    Agreement Labels,
    double PearsonR,
    Agreement? Hedging)
{
    /// <summary>
    /// Gold sentences about the process that name a speaker and that the tool considered, and how many of them the tool
    /// attributed to the same speaker (the two names share a word of three letters or more: "Cavusoglu" and "Turkish
    /// Foreign Minister Mevlut Cavusoglu").
    /// </summary>
    public (int Attributed, int Same) Speakers
    {
        get
        {
            var attributed = Comparisons.Where(c => c.Gold.IsAbout && c.Gold.Speaker is not null && c.Considered).ToList();
            return (attributed.Count, attributed.Count(c => c.Speaker is not null && SameSpeaker(c.Gold.Speaker!, c.Speaker)));
        }
    }

    public double Coverage => AboutGold == 0 ? double.NaN : AboutConsidered / (double)AboutGold;

    public int Unaligned => Comparisons.Count(c => !c.IsAligned);

    public IEnumerable<StanceComparison> Disagreements => Comparisons.Where(c => c.Predicted != c.Gold.Label || c.Considered != c.Gold.IsAbout);

    public static StanceEvaluation Evaluate(SentimentAnalysis analysis, IReadOnlyList<StanceGoldSentence> gold)
    {
        var threshold = analysis.Options.StanceThreshold;
        var byArticle = analysis.Sentences
            .GroupBy(s => s.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => (Sentence: s, Text: TextAlignment.Normalise(s.Text))).ToList(), StringComparer.Ordinal);
        var all = byArticle.Values.SelectMany(v => v).ToList();
        var comparisons = ImmutableArray.CreateBuilder<StanceComparison>(gold.Count);
        foreach (var g in gold)
        {
            var candidates = g.ArticleId is { } id ? byArticle.GetValueOrDefault(id) ?? [] : all;
            var text = TextAlignment.Normalise(g.Text);
            var aligned = candidates.Where(c => TextAlignment.Matches(text, c.Text)).Select(c => c.Sentence).ToImmutableArray();
            var considered = aligned.Where(s => s.IsAboutTarget).ToList();
            var compound = considered.Count == 0 ? 0 : considered.Average(s => s.Stance!.Compound);
            var predicted = considered.Count == 0 ? 0 : compound >= threshold ? 1 : compound <= -threshold ? -1 : 0;
            comparisons.Add(new StanceComparison(
                g,
                aligned,
                considered.Count > 0,
                predicted,
                compound,
                considered.Any(s => s.IsHedged(analysis.Options.HedgedThreshold)),
                considered.Select(s => s.Speaker).FirstOrDefault(s => s is not null),
                string.Join(" / ", considered.Select(s => s.TargetMatch)),
                string.Join(" / ", considered.Select(s => s.Stance!.Explain()).Where(e => e.Length > 0))));
        }

        var list = comparisons.ToImmutable();
        var hedgedGold = list.Where(c => c.Gold.Hedged.HasValue && c.Gold.IsAbout).ToList();
        return new StanceEvaluation(
            list,
            list.Count(c => c.Gold.IsAbout),
            list.Count(c => c.Gold.IsAbout && c.Considered),
            list.Count(c => !c.Gold.IsAbout && c.Considered),
            Agreement.Compute(list.Select(c => (Name(c.Gold.Label), Name(c.Predicted)))),
            Correlation.Pearson([.. list.Select(c => (double)c.Gold.Label)], [.. list.Select(c => c.Compound)]),
            hedgedGold.Count == 0 ? null : Agreement.Compute(hedgedGold.Select(c => (c.Gold.Hedged!.Value ? "hedged" : "plain", c.Hedged ? "hedged" : "plain"))));
    }

    public static bool SameSpeaker(string gold, string tool)
    {
        static HashSet<string> Words(string name) =>
            [.. TextAlignment.Words(TextFolding.Fold(TextAlignment.Normalise(name), foldDiacritics: true)).Where(w => w.Length >= 3 && w is not "the" and not "and")];
        return Words(gold).Overlaps(Words(tool));
    }

    public static string Name(int label) => label switch { < 0 => "-1", 0 => "0", _ => "1" };
}
