using NewsLens.Corpora;
using NewsLens.Tables;
using NewsLens.Text;

namespace NewsLens.Reports;

/// <summary>The corpus overview's tables: what loaded, what cleaning removed (per article and per removal), KWIC lines.</summary>
public static class CorpusTables
{
    public static ResultTable Articles(IEnumerable<ArticleSize> articles) => ResultTable.From(
        articles,
        ("id", a => a.Id),
        ("outlet", a => a.Outlet),
        ("date", a => a.Date),
        ("title", a => a.Title),
        ("words", a => a.Words),
        ("sentences", a => a.Sentences),
        ("removed_chars", a => a.CharactersRemoved));

    /// <summary>One row per stretch that cleaning removed, with the rule that matched and a preview of the text.</summary>
    public static ResultTable Removals(Corpus corpus, int previewLength = 80)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentOutOfRangeException.ThrowIfLessThan(previewLength, 1);
        var rows = corpus.Articles.SelectMany(a => a.Cleaning.Removals.Select(r => (Article: a, Removal: r)));
        return ResultTable.From(
            rows,
            ("id", x => x.Article.Id),
            ("outlet", x => x.Article.Outlet),
            ("kind", x => x.Removal.Kind.ToString()),
            ("rule", x => x.Removal.Rule),
            ("chars", x => x.Removal.Length),
            ("removed_text", x => Preview(x.Removal.RemovedText, previewLength)));
    }

    public static ResultTable Skipped(Corpus corpus) => ResultTable.From(
        corpus.Skipped,
        ("source", s => s.Source),
        ("reason", s => s.Reason));

    public static ResultTable Kwic(IEnumerable<KwicHit> hits) => ResultTable.From(
        hits,
        ("id", h => h.DocumentId),
        ("left", h => h.Left),
        ("keyword", h => h.Keyword),
        ("right", h => h.Right));

    public static ResultTable Frequencies(IEnumerable<FeatureFrequency> frequencies) => ResultTable.From(
        frequencies,
        ("rank", f => f.Rank),
        ("feature", f => f.Feature),
        ("frequency", f => f.Frequency),
        ("documents", f => f.DocumentFrequency));

    private static string Preview(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 1)] + "…";
    }
}
