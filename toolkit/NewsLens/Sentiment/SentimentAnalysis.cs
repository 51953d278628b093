using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>What an aggregate measures.</summary>
public enum SentimentMeasure
{
    /// <summary>General sentiment (VADER compound) of every sentence.</summary>
    General,

    /// <summary>Stance toward the target process (compound with the domain lexicon) of the sentences about it.</summary>
    Stance,

    /// <summary>Hedging (0..1) of the sentences about the target.</summary>
    Hedging,
}

/// <summary>
/// The mean of one measure over a group's sentences, its bootstrap interval, and how many sentences and articles
/// are behind it. <see cref="Date"/> is the group's publication date when all its articles share one.
/// </summary>
public sealed record SentimentAggregate(string By, string Group, SentimentMeasure Measure, double Mean, double Lower, double Upper, int Sentences, int Articles, string Date);

/// <summary>
/// Every scored sentence of a corpus, with aggregation (with intervals) and evidence views. <see cref="Articles"/> are
/// all the articles analysed, including those without a scorable sentence (so their groups are still reported);
/// when not given they are the articles of <see cref="Sentences"/>.
/// </summary>
public sealed record SentimentAnalysis(ImmutableArray<ScoredSentence> Sentences, SentimentOptions Options, ImmutableArray<TokenizedArticle> Articles = default)
{
    public ImmutableArray<TokenizedArticle> Articles { get; init; } = Articles.IsDefault
        ? [.. Sentences.Select(s => s.Article).DistinctBy(a => a.Id, StringComparer.Ordinal)]
        : Articles;

    public IEnumerable<ScoredSentence> StanceSentences => Sentences.Where(s => s.IsAboutTarget);

    /// <summary>
    /// Aggregates each measure per group ("outlet", "article", "corpus" or any document variable), groups in
    /// first-seen order. A group whose articles have no scorable sentence is kept with 0 sentences and NaN means.
    /// Intervals are percentile bootstraps over the group's sentences, seeded by the measure and the sentences themselves,
    /// never the group's name (so the same sentences get the same interval whichever grouping or label produced them). A variable no article has throws
    /// <see cref="UnknownVariableException"/>.
    /// </summary>
    public ImmutableArray<SentimentAggregate> Aggregate(string by = "outlet")
    {
        DocumentGrouping.Check(Articles.Select(a => a.Article), by);
        return Tally(by).Aggregate();
    }

    /// <summary>The analysis fed to a <see cref="SentimentTally"/> article by article (the code a streamed run uses).</summary>
    public SentimentTally Tally(string by = "outlet")
    {
        var tally = new SentimentTally(Options, by);
        var byArticle = Sentences.ToLookup(s => s.Article);
        foreach (var article in Articles)
        {
            tally.Add(article, byArticle[article]);
        }

        return tally;
    }

    /// <summary>The sentences behind one aggregate, strongest first, each with the words that moved it.</summary>
    public ImmutableArray<ScoredSentence> Evidence(string by, string group, SentimentMeasure measure) =>
        [.. Sentences
            .Where(s => string.Equals(s.GroupValue(by), group, StringComparison.Ordinal) && Value(s, measure).HasValue)
            .OrderByDescending(s => Math.Abs(Value(s, measure)!.Value))
            .ThenBy(s => s.ArticleId, StringComparer.Ordinal)
            .ThenBy(s => s.Index)];

    public static double? Value(ScoredSentence sentence, SentimentMeasure measure) => measure switch
    {
        SentimentMeasure.General => sentence.General.Compound,
        SentimentMeasure.Stance => sentence.Stance?.Compound,
        SentimentMeasure.Hedging => sentence.IsAboutTarget ? sentence.Hedging : null,
        _ => null,
    };

    /// <summary>One row per group: each measure's mean, interval and number of sentences.</summary>
    public ResultTable AggregateTable(string by = "outlet") => AggregateTable(by, Aggregate(by));

    /// <summary>The table of <see cref="AggregateTable(string)"/> from aggregates (of a streamed run's tally).</summary>
    public static ResultTable AggregateTable(string by, ImmutableArray<SentimentAggregate> aggregates)
    {
        var rows = aggregates.GroupBy(a => a.Group, StringComparer.Ordinal).Select(g => g.ToDictionary(a => a.Measure));
        return ResultTable.From(
            rows,
            (by, r => r[SentimentMeasure.General].Group),
            ("articles", r => r[SentimentMeasure.General].Articles),
            ("sentences", r => r[SentimentMeasure.General].Sentences),
            ("general", r => Nullable(r[SentimentMeasure.General].Mean)),
            ("general_low", r => Nullable(r[SentimentMeasure.General].Lower)),
            ("general_high", r => Nullable(r[SentimentMeasure.General].Upper)),
            ("stance_sentences", r => r[SentimentMeasure.Stance].Sentences),
            ("stance", r => Nullable(r[SentimentMeasure.Stance].Mean)),
            ("stance_low", r => Nullable(r[SentimentMeasure.Stance].Lower)),
            ("stance_high", r => Nullable(r[SentimentMeasure.Stance].Upper)),
            ("hedging", r => Nullable(r[SentimentMeasure.Hedging].Mean)),
            ("hedging_low", r => Nullable(r[SentimentMeasure.Hedging].Lower)),
            ("hedging_high", r => Nullable(r[SentimentMeasure.Hedging].Upper)));
    }

    /// <summary>The stance sentences: where they are, who says it, scores, hedging and the words that moved them.</summary>
    public ResultTable StanceTable() => ResultTable.From(
        StanceSentences,
        ("article", s => s.ArticleId),
        ("outlet", s => s.Outlet),
        ("sentence", s => s.Index + 1),
        ("file_start", s => s.FileSpan.Start),
        ("file_end", s => s.FileSpan.End),
        ("speaker", s => s.Speaker ?? ""),
        ("target", s => s.TargetMatch),
        ("stance", s => s.Stance!.Compound),
        ("label", s => s.StanceLabel(Options.StanceThreshold)),
        ("hedging", s => s.Hedging),
        ("evidence", s => s.Stance!.Explain()),
        ("text", s => s.Text));

    /// <summary>The sentences behind one aggregate (see <see cref="Evidence"/>) as a table.</summary>
    public ResultTable EvidenceTable(string by, string group, SentimentMeasure measure) => ResultTable.From(
        Evidence(by, group, measure),
        ("article", s => s.ArticleId),
        ("sentence", s => s.Index + 1),
        ("speaker", s => s.Speaker ?? ""),
        (measure.ToString().ToLowerInvariant(), s => Value(s, measure)),
        ("evidence", s => (measure == SentimentMeasure.General ? s.General : s.Stance!).Explain()),
        ("text", s => s.Text));

    /// <summary>Every sentence with its general sentiment (VADER's four scores) and the words that moved it.</summary>
    public ResultTable SentenceTable() => ResultTable.From(
        Sentences,
        ("article", s => s.ArticleId),
        ("outlet", s => s.Outlet),
        ("sentence", s => s.Index + 1),
        ("file_start", s => s.FileSpan.Start),
        ("file_end", s => s.FileSpan.End),
        ("compound", s => s.General.Compound),
        ("positive", s => s.General.Positive),
        ("negative", s => s.General.Negative),
        ("neutral", s => s.General.Neutral),
        ("about_target", s => s.IsAboutTarget),
        ("evidence", s => s.General.Explain()),
        ("text", s => s.Text));

    /// <summary>
    /// Says plainly how much data is behind the groups: articles, sentences, sentences about the target, and how many
    /// groups rest on a single article (then an interval describes that article's sentences, not the group's coverage).
    /// </summary>
    public string SampleNote(string by = "outlet") => SampleNote(Tally(by));

    /// <summary>The note of <see cref="SampleNote(string)"/> from a tally (of a streamed run).</summary>
    public static string SampleNote(SentimentTally tally)
    {
        var by = tally.By;
        var groups = tally.Aggregate().Where(a => a.Measure == SentimentMeasure.General).ToList();
        var articles = tally.Articles;
        var note = $"{articles} article{(articles == 1 ? "" : "s")}, {tally.Sentences} sentences, {tally.StanceSentences} about the target, in {groups.Count} {by} group{(groups.Count == 1 ? "" : "s")}.";
        var single = groups.Count(a => a.Articles == 1);
        if (single == groups.Count && single > 0)
        {
            note += $" Every {by} group rests on a single article: each interval describes the spread of that one article's sentences, not the {by}'s coverage in general, and differences between groups are differences between articles.";
        }
        else if (single > 0)
        {
            note += $" {single} of {groups.Count} groups rest on a single article: their intervals describe that article's sentences, not the {by}'s coverage in general.";
        }

        return note;
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
