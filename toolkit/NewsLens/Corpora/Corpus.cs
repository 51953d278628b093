using System.Collections.Immutable;

namespace NewsLens.Corpora;

/// <summary>A file or record that was not loaded, and why.</summary>
public sealed record SkippedInput(string Source, string Reason);

/// <summary>Something a user should know about an input that was still loaded (for example an encoding fallback).</summary>
public sealed record LoadWarning(string Source, string Message);

/// <summary>The articles that loaded, plus what was skipped and why. Immutable.</summary>
public sealed record Corpus(ImmutableArray<Article> Articles, ImmutableArray<SkippedInput> Skipped, ImmutableArray<LoadWarning> Warnings)
{
    public static Corpus Empty { get; } = new([], [], []);

    public int Count => Articles.Length;

    /// <summary>Files and folders deliberately not read because they are not articles (resources, metadata, other formats), each with the reason.</summary>
    public ImmutableArray<SkippedInput> Ignored { get; init; } = [];

    public static Corpus FromArticles(IEnumerable<Article> articles) => new([.. articles], [], []);

    /// <summary>One line for humans: how many loaded, how many were skipped and the reasons.</summary>
    public string Summary()
    {
        var loaded = $"{Articles.Length} article{(Articles.Length == 1 ? "" : "s")} loaded";
        if (Skipped.IsEmpty)
        {
            return loaded + ", none skipped" + WarningSuffix();
        }

        var reasons = Skipped
            .GroupBy(s => ReasonKind(s.Reason), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}");
        return $"{loaded}, {Skipped.Length} skipped ({string.Join(", ", reasons)})" + WarningSuffix();
    }

    private string WarningSuffix() => (Warnings.IsEmpty ? "." : $"; {Warnings.Length} warning{(Warnings.Length == 1 ? "" : "s")}.") + CaseFoldedNote();

    /// <summary>Case-folded articles defeat capital-letter rules (sentences, names): say how many there are.</summary>
    private string CaseFoldedNote()
    {
        var lower = Articles.Count(a => LetterCasing.Of(a.Text) == LetterCase.Lower);
        var upper = Articles.Count(a => LetterCasing.Of(a.Text) == LetterCase.Upper);
        if (lower + upper == 0)
        {
            return "";
        }

        var parts = new[] { (lower, "all lower case"), (upper, "all capitals") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}");
        var count = lower + upper;
        return $" {count} article{(count == 1 ? " looks" : "s look")} case-folded ({string.Join(", ", parts)}): sentences are split on punctuation alone and names cannot be told by capitals there.";
    }

    /// <summary>The words before the first colon, without a position ("invalid JSON at column 3" counts as "invalid JSON").</summary>
    private static string ReasonKind(string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? reason[..colon] : reason;
        var at = kind.IndexOf(" at column ", StringComparison.Ordinal);
        return at > 0 ? kind[..at] : kind;
    }
}
