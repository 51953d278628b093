using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>
/// The one place that says which group an article falls in when results are grouped "by" something: a document
/// variable's value (<c>outlet</c>, <c>date</c>, any manifest column), the article itself, or the whole corpus.
/// Mentions, sentiment, comparison and attribution all group through it, so they agree on names and on errors.
/// </summary>
public static class DocumentGrouping
{
    /// <summary>One group per article, named by its id.</summary>
    public const string ByArticle = "article";

    /// <summary>Same as <see cref="ByArticle"/> (the name the comparison stage uses).</summary>
    public const string ByDocument = "document";

    /// <summary>One group for the whole corpus, named <see cref="CorpusGroup"/>.</summary>
    public const string ByCorpus = "corpus";

    /// <summary>The name of the single group of <see cref="ByCorpus"/>.</summary>
    public const string CorpusGroup = "all";

    /// <summary>One group per calendar month of the date variable, named yyyy-MM.</summary>
    public const string ByMonth = "month";

    /// <summary>One group per ISO 8601 week of the date variable, named yyyy-Www (the week-numbering year).</summary>
    public const string ByWeek = "week";

    /// <summary>True for the groupings that are not document variables: article, document, id and corpus.</summary>
    public static bool IsBuiltIn(string variable) => variable is ByArticle or ByDocument or "id" or ByCorpus or ByMonth or ByWeek;

    /// <summary>
    /// The group of <paramref name="article"/>: its id for article/document/id, <see cref="CorpusGroup"/> for corpus,
    /// else the variable's value, or "unknown" when the article has none.
    /// </summary>
    public static string GroupOf(Article article, string variable) => variable switch
    {
        ByArticle or ByDocument or "id" => article.Id,
        ByCorpus => CorpusGroup,
        ByMonth => DateBucket(article.Date, week: false),
        ByWeek => DateBucket(article.Date, week: true),
        _ => article[variable],
    };

    /// <summary>
    /// The month (yyyy-MM) or ISO week (yyyy-Www) of a date written as yyyy-MM-dd (a longer timestamp is cut to its
    /// first ten characters); "unknown" when it is not such a date, so undated articles stay visible as one group.
    /// </summary>
    public static string DateBucket(string date, bool week)
    {
        var day = date.Length >= 10 ? date.AsSpan(0, 10) : date.AsSpan();
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
        {
            return DocumentVariables.Unknown;
        }

        if (!week)
        {
            return parsed.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        var moment = parsed.ToDateTime(TimeOnly.MinValue);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{System.Globalization.ISOWeek.GetYear(moment):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(moment):D2}");
    }

    /// <summary>The document variables at least one article has, sorted.</summary>
    public static ImmutableArray<string> VariablesOf(IEnumerable<Article> articles) =>
        [.. articles.SelectMany(a => a.Variables.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Whether grouping by <paramref name="variable"/> means something for these articles: a built-in grouping, the
    /// outlet (articles without one fall in the "unknown" group, as the corpus overview shows them), or a variable
    /// at least one article has.
    /// </summary>
    public static bool CanGroupBy(IEnumerable<Article> articles, string variable) =>
        IsBuiltIn(variable) || variable == DocumentVariables.Outlet || articles.Any(a => a.Variables.ContainsKey(variable));

    /// <summary>
    /// Throws <see cref="UnknownVariableException"/> when no article has <paramref name="variable"/> (see
    /// <see cref="CanGroupBy"/>): a misspelt variable would otherwise put every article in one "unknown" group.
    /// </summary>
    public static void Check(IEnumerable<Article> articles, string variable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(variable);
        var list = articles as IReadOnlyCollection<Article> ?? [.. articles];
        if (!CanGroupBy(list, variable))
        {
            throw new UnknownVariableException(variable, VariablesOf(list));
        }
    }
}

/// <summary>A grouping asked for a document variable that no article has.</summary>
public sealed class UnknownVariableException : ArgumentException
{
    public UnknownVariableException(string variable, ImmutableArray<string> known)
        : base(MessageFor(variable, known))
    {
        Variable = variable;
        Known = known;
    }

    public UnknownVariableException()
        : this("", [])
    {
    }

    public UnknownVariableException(string message)
        : base(message)
    {
        Variable = "";
        Known = [];
    }

    public UnknownVariableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Variable = "";
        Known = [];
    }

    /// <summary>The variable that was asked for.</summary>
    public string Variable { get; }

    /// <summary>The document variables the articles do have.</summary>
    public ImmutableArray<string> Known { get; }

    private static string MessageFor(string variable, ImmutableArray<string> known) =>
        known.IsEmpty
            ? $"no article has the variable \"{variable}\" and the corpus has no document variables; group by {DocumentGrouping.ByArticle} or {DocumentGrouping.ByCorpus}."
            : $"no article has the variable \"{variable}\"; group by {DocumentGrouping.ByArticle}, {DocumentGrouping.ByCorpus} or one of the variables: {string.Join(", ", known)}.";
}
