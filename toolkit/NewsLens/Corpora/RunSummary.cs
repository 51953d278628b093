using System.Globalization;

namespace NewsLens.Corpora;

/// <summary>
/// The one line every command ends with: what was read, what was not (and why, by kind), what cleaning took away and
/// what was repaired. Built from the corpus alone, so any command (or notebook) can print it with one call.
/// </summary>
public static class RunSummary
{
    public static string Line(Corpus corpus) => new RunSummaryCounter().Add(corpus).Line();

    internal static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>"3 comment form, 1 HTML tag": the words before the first colon or parenthesis, counted.</summary>
    /// <summary>The kind of a reason or rule: its words before the first ':' or '('.</summary>
    internal static string KindOf(string reason) => reason.Split([':', '('], 2)[0].Trim();

    internal static string Kinds(Dictionary<string, int> kinds) => string.Join(", ", kinds
        .OrderByDescending(g => g.Value)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Value} {g.Key}"));
}

/// <summary>
/// The counts behind <see cref="RunSummary.Line"/>, added up corpus by corpus (a streamed run adds each part), so the
/// summary of a corpus read in parts needs none of its articles kept.
/// </summary>
public sealed class RunSummaryCounter
{
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ignored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _cleaningRules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _repairs = new(StringComparer.Ordinal);
    private int _articles;
    private int _skippedCount;
    private int _ignoredCount;
    private int _cleaned;
    private long _charactersRemoved;
    private int _repairCount;
    private int _duplicates;
    private int _warnings;

    public int Articles => _articles;

    /// <summary>Adds a corpus (or a part of one): its articles, skipped and ignored inputs and warnings.</summary>
    public RunSummaryCounter Add(Corpus corpus) => Add(corpus.Articles, corpus);

    /// <summary>Adds <paramref name="articles"/> (those of the part a run keeps) and the part's skipped, ignored and warnings.</summary>
    public RunSummaryCounter Add(IEnumerable<Article> articles, Corpus part)
    {
        foreach (var article in articles)
        {
            _articles++;
            if (!article.Cleaning.Removals.IsEmpty)
            {
                _cleaned++;
                _charactersRemoved += article.Cleaning.CharactersRemoved;
                foreach (var removal in article.Cleaning.Removals)
                {
                    Increment(_cleaningRules, RunSummary.KindOf(removal.Rule));
                }
            }
        }

        foreach (var skipped in part.Skipped)
        {
            _skippedCount++;
            Increment(_skipped, RunSummary.KindOf(skipped.Reason));
        }

        foreach (var ignored in part.Ignored)
        {
            _ignoredCount++;
            Increment(_ignored, RunSummary.KindOf(ignored.Reason));
        }

        foreach (var warning in part.Warnings.Select(w => w.Message))
        {
            if (warning.StartsWith("mojibake", StringComparison.Ordinal) || warning.Contains("NUL", StringComparison.Ordinal) || warning.Contains("kept as read", StringComparison.Ordinal))
            {
                _repairCount++;
                Increment(_repairs, warning.StartsWith("mojibake", StringComparison.Ordinal) ? "mojibake" : warning.Contains("NUL", StringComparison.Ordinal) ? "stray NUL" : "kept uncleaned");
            }
            if (warning.Contains("duplicate: ", StringComparison.Ordinal))
            {
                _duplicates++;
            }

            _warnings++;
        }

        return this;
    }

    public string Line()
    {
        var parts = new List<string> { RunSummary.Count(_articles, "article") + " read" };
        parts.Add(_skippedCount == 0 ? "none skipped" : $"{_skippedCount} skipped ({RunSummary.Kinds(_skipped)})");
        if (_ignoredCount > 0)
        {
            parts.Add($"{_ignoredCount} not read as not articles ({RunSummary.Kinds(_ignored)})");
        }

        if (_cleaned > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"cleaned away {_charactersRemoved:N0} characters from {RunSummary.Count(_cleaned, "article")} ({RunSummary.Kinds(_cleaningRules)})"));
        }

        if (_repairCount > 0)
        {
            parts.Add($"repaired {_repairCount} ({RunSummary.Kinds(_repairs)})");
        }

        if (_duplicates > 0)
        {
            parts.Add($"{RunSummary.Count(_duplicates, "duplicate")} kept (drop with --dedupe)");
        }

        var otherWarnings = _warnings - _repairCount - _duplicates;
        if (otherWarnings > 0)
        {
            parts.Add(RunSummary.Count(otherWarnings, "other warning"));
        }

        return "Summary: " + string.Join("; ", parts) + ".";
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
