using System.Globalization;

namespace NewsLens.Corpora;

/// <summary>
/// The one line every command ends with: what was read, what was not (and why, by kind), what cleaning took away and
/// what was repaired. Built from the corpus alone, so any command (or notebook) can print it with one call.
/// </summary>
public static class RunSummary
{
    public static string Line(Corpus corpus)
    {
        var parts = new List<string> { Count(corpus.Count, "article") + " read" };
        parts.Add(corpus.Skipped.IsEmpty ? "none skipped" : $"{corpus.Skipped.Length} skipped ({Kinds(corpus.Skipped.Select(s => s.Reason))})");
        if (!corpus.Ignored.IsEmpty)
        {
            parts.Add($"{corpus.Ignored.Length} not read as not articles ({Kinds(corpus.Ignored.Select(s => s.Reason))})");
        }

        var cleaned = corpus.Articles.Where(a => !a.Cleaning.Removals.IsEmpty).ToList();
        if (cleaned.Count > 0)
        {
            var rules = Kinds(cleaned.SelectMany(a => a.Cleaning.Removals).Select(r => r.Rule));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"cleaned away {cleaned.Sum(a => a.Cleaning.CharactersRemoved):N0} characters from {Count(cleaned.Count, "article")} ({rules})"));
        }

        var repairs = corpus.Warnings.Select(w => w.Message).Where(m => m.StartsWith("mojibake", StringComparison.Ordinal) || m.Contains("NUL", StringComparison.Ordinal) || m.Contains("kept as read", StringComparison.Ordinal)).ToList();
        if (repairs.Count > 0)
        {
            var kinds = repairs.Select(m => m.StartsWith("mojibake", StringComparison.Ordinal) ? "mojibake" : m.Contains("NUL", StringComparison.Ordinal) ? "stray NUL" : "kept uncleaned");
            parts.Add($"repaired {repairs.Count} ({Kinds(kinds)})");
        }

        var duplicates = corpus.Warnings.Count(w => w.Message.Contains("duplicate: ", StringComparison.Ordinal));
        if (duplicates > 0)
        {
            parts.Add($"{Count(duplicates, "duplicate")} kept (drop with --dedupe)");
        }

        var otherWarnings = corpus.Warnings.Length - repairs.Count - duplicates;
        if (otherWarnings > 0)
        {
            parts.Add(Count(otherWarnings, "other warning"));
        }

        return "Summary: " + string.Join("; ", parts) + ".";
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>"3 comment form, 1 HTML tag": the words before the first colon or parenthesis, counted.</summary>
    private static string Kinds(IEnumerable<string> reasons) => string.Join(", ", reasons
        .Select(r => r.Split([':', '('], 2)[0].Trim())
        .GroupBy(k => k, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Count()} {g.Key}"));
}
