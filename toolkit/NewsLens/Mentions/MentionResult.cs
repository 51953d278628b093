using System.Collections.Immutable;
using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// Every mention found in a corpus, in corpus order, plus what is needed to count them: the dictionary and each
/// article's word count and document variables. Counting, grouping and context lines are views of these mentions.
/// </summary>
public sealed class MentionResult
{
    /// <summary>Group by article id instead of a document variable.</summary>
    public const string ByArticle = DocumentGrouping.ByArticle;

    /// <summary>One group for the whole corpus.</summary>
    public const string ByCorpus = DocumentGrouping.ByCorpus;

    private readonly ImmutableDictionary<string, TokenizedArticle> _articles;

    public MentionResult(TokenizedCorpus corpus, ActorDictionary actors, MentionOptions options, ImmutableArray<Mention> mentions)
    {
        Corpus = corpus;
        Actors = actors;
        Options = options;
        Mentions = mentions;
        _articles = corpus.Articles.ToImmutableDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public TokenizedCorpus Corpus { get; }

    public ActorDictionary Actors { get; }

    public MentionOptions Options { get; }

    public ImmutableArray<Mention> Mentions { get; }

    public static MentionResult Find(TokenizedCorpus corpus, ActorDictionary actors, MentionOptions? options = null)
    {
        var matcher = new MentionMatcher(actors, options);
        var perArticle = new ImmutableArray<Mention>[corpus.Articles.Length];
        Parallel.For(0, perArticle.Length, i => perArticle[i] = matcher.Find(corpus.Articles[i]));
        return new MentionResult(corpus, actors, matcher.Options, [.. perArticle.SelectMany(m => m)]);
    }

    /// <summary>The same corpus with only the mentions that pass <paramref name="keep"/>.</summary>
    public MentionResult Where(Func<Mention, bool> keep) => new(Corpus, Actors, Options, [.. Mentions.Where(keep)]);

    /// <summary>Direct mentions only (the text names the actor itself).</summary>
    public MentionResult DirectOnly() => Where(m => m.IsDirect);

    /// <summary>Only the mentions of the given actor kinds (for example people only).</summary>
    public MentionResult OfKind(params ActorKind[] kinds) => Where(m => kinds.Contains(Actors[m.ActorKey].Kind));

    public TokenizedArticle Article(string documentId) => _articles[documentId];

    /// <summary>
    /// The group an article falls in (see <see cref="DocumentGrouping"/>); throws <see cref="UnknownVariableException"/>
    /// for a variable no article has.
    /// </summary>
    public Func<TokenizedArticle, string> Grouping(string variable)
    {
        DocumentGrouping.Check(Corpus.Articles.Select(a => a.Article), variable);
        return article => DocumentGrouping.GroupOf(article.Article, variable);
    }

    /// <summary>Counts, rates, document frequencies and sentence co-mentions per value of a document variable.</summary>
    public MentionCounts By(string variable = "outlet") => MentionCounts.Compute(this, variable);

    /// <summary>Counts for the whole corpus as one group.</summary>
    public MentionCounts Total() => By(ByCorpus);

    /// <summary>Keyword-in-context lines for the mentions (of one actor, or all), <paramref name="window"/> tokens each side.</summary>
    public ImmutableArray<MentionInContext> InContext(string? actorKey = null, int window = 8, string variable = "outlet")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var groupOf = Grouping(variable);
        return [.. Mentions
            .Where(m => actorKey is null || string.Equals(m.ActorKey, actorKey, StringComparison.OrdinalIgnoreCase))
            .Select(m => Context(m, window, groupOf))];
    }

    /// <summary>
    /// How each actor is written, per group: the words as they appear (diacritics kept, so "Türkiye" and "Turkey"
    /// stay apart; case differences merged, shown in the most frequent spelling), with counts. Shows naming choices
    /// such as "the Syrian regime" against "Syria".
    /// </summary>
    public ImmutableArray<NamingVariant> Naming(string variable = "outlet")
    {
        _ = Grouping(variable); // checks the variable
        return MentionCounts.Tally(this, variable).ToNaming();
    }

    /// <summary>
    /// One actor's names side by side: a row per group, a column per way of writing it (most used first), cells =
    /// mentions. Direct mentions only by default, since naming is about the words chosen for the actor itself.
    /// </summary>
    public ResultTable NamingPivot(string actorKey, string variable = "outlet", bool directOnly = true)
    {
        var variants = Naming(variable)
            .Where(v => string.Equals(v.ActorKey, actorKey, StringComparison.OrdinalIgnoreCase) && (!directOnly || v.Kind == MentionKind.Alias))
            .ToList();
        var forms = variants
            .GroupBy(v => (v.Written, v.Kind))
            .OrderByDescending(g => g.Sum(v => v.Count))
            .ThenBy(g => g.Key.Written, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        var groups = Corpus.Articles.Select(Grouping(variable)).Distinct(StringComparer.Ordinal).ToList();
        var columns = new List<(string, Func<string, object?>)> { (variable, g => g) };
        columns.AddRange(forms.Select(f => (
            directOnly ? f.Written : $"{f.Written} ({f.Kind.Label()})",
            (Func<string, object?>)(g => variants.Where(v => v.Group == g && v.Written == f.Written && v.Kind == f.Kind).Sum(v => v.Count)))));
        columns.Add(("total", g => variants.Where(v => v.Group == g).Sum(v => v.Count)));
        return ResultTable.From(groups, [.. columns]);
    }

    /// <summary>Mentions per group and kind (alias, implied, demonym, metonym, person-state): how much each count leans on links.</summary>
    public ResultTable KindsTable(string variable = "outlet")
    {
        var groupOf = Grouping(variable);
        var groups = Corpus.Articles.Select(groupOf).Distinct(StringComparer.Ordinal).ToList();
        var byGroup = Mentions.ToLookup(m => groupOf(_articles[m.DocumentId]), StringComparer.Ordinal);
        var columns = new List<(string, Func<string, object?>)> { (variable, g => g) };
        columns.AddRange(Enum.GetValues<MentionKind>().Select(k => (k.Label(), (Func<string, object?>)(g => byGroup[g].Count(m => m.Kind == k)))));
        columns.Add(("total", g => byGroup[g].Count()));
        return ResultTable.From(groups, [.. columns]);
    }

    /// <summary>
    /// Every mention as a row: where it is, what was written and how it matched. <c>sentence</c> is numbered from 1,
    /// as in every table (the record's <see cref="Mention.Sentence"/> is the 0-based index); start and end are 0-based
    /// character offsets into the file the article was read from (its text field for CSV/JSON rows), so the file opens
    /// at the match; clean_start, clean_end and first_token are offsets into the cleaned text and its tokens.
    /// </summary>
    public ResultTable MentionsTable() => ResultTable.From(
        Mentions,
        ("document", m => m.DocumentId),
        ("outlet", m => _articles[m.DocumentId].Article.Outlet),
        ("actor", m => m.ActorKey),
        ("kind", m => m.Kind.Label()),
        ("via", m => m.Via),
        ("matched", m => m.MatchedText),
        ("form", m => m.Form),
        ("counted", m => m.Counted),
        ("rule", m => m.Rule),
        ("start", m => SourceOf(m).Start),
        ("end", m => SourceOf(m).End),
        ("clean_start", m => m.Start),
        ("clean_end", m => m.End),
        ("first_token", m => m.FirstToken),
        ("tokens", m => m.TokenCount),
        ("sentence", m => m.Sentence + 1));

    /// <summary>Characters of a mention in the file its article was read from (see <see cref="Corpora.Article.SourceMap"/>).</summary>
    public (int Start, int End) SourceOf(Mention mention) => _articles[mention.DocumentId].Article.ToSource(mention.Start, mention.End);

    public static ResultTable ContextTable(IEnumerable<MentionInContext> lines) => ResultTable.From(
        lines,
        ("document", c => c.DocumentId),
        ("group", c => c.Group),
        ("actor", c => c.ActorKey),
        ("kind", c => c.Kind.Label()),
        ("left", c => c.Left),
        ("match", c => c.Match),
        ("right", c => c.Right));

    public static ResultTable NamingTable(IEnumerable<NamingVariant> variants) => ResultTable.From(
        variants,
        ("group", v => v.Group),
        ("actor", v => v.ActorKey),
        ("written", v => v.Written),
        ("kind", v => v.Kind.Label()),
        ("count", v => v.Count));

    private MentionInContext Context(Mention mention, int window, Func<TokenizedArticle, string> groupOf)
    {
        var article = _articles[mention.DocumentId];
        var tokens = article.Tokens;
        var text = article.Text;
        var lastToken = mention.FirstToken + mention.TokenCount - 1;
        var leftFirst = Math.Max(0, mention.FirstToken - window);
        var rightLast = Math.Min(tokens.Length - 1, lastToken + window);
        var left = Flatten(text[tokens[leftFirst].Start..mention.Start]);
        var right = Flatten(text[mention.End..Math.Max(mention.End, tokens[rightLast].End)]);
        return new MentionInContext(mention.DocumentId, groupOf(article), mention.ActorKey, mention.Kind, left, mention.MatchedText, right, mention);
    }

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One mention shown in context (keyword-in-context line).</summary>
public sealed record MentionInContext(string DocumentId, string Group, string ActorKey, MentionKind Kind, string Left, string Match, string Right, Mention Mention)
{
    public override string ToString() => $"{Left} [{Match}] {Right}";
}

/// <summary>How often a group wrote an actor's name a particular way.</summary>
public sealed record NamingVariant(string Group, string ActorKey, string Actor, string Written, MentionKind Kind, int Count);

public static class MentionExtensions
{
    /// <summary>Finds every mention of the dictionary's actors: <c>corpus.Tokenize().CountMentions(actors).By("outlet")</c>.</summary>
    public static MentionResult CountMentions(this TokenizedCorpus corpus, ActorDictionary actors, MentionOptions? options = null) =>
        MentionResult.Find(corpus, actors, options);

    public static ImmutableArray<Mention> FindMentions(this TokenizedArticle article, ActorDictionary actors, MentionOptions? options = null) =>
        new MentionMatcher(actors, options).Find(article);
}
