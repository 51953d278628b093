namespace NewsLens.Corpora;

/// <summary>
/// The counts behind <see cref="Corpus.Summary"/> ("52 articles loaded, 2 skipped (1 binary, 1 empty); 3 warnings."),
/// added up part by part, so a corpus read in parts gets the same line without keeping its articles or skips.
/// </summary>
public sealed class CorpusSummaryCounter
{
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);
    private int _articles;
    private int _skipped;
    private int _warnings;
    private int _lower;
    private int _upper;

    public int Articles => _articles;

    /// <summary>Adds a whole corpus.</summary>
    public CorpusSummaryCounter Add(Corpus corpus) => Add(corpus.Articles, corpus);

    /// <summary>Adds <paramref name="articles"/> (those a run keeps of the part) and the part's skipped inputs and warnings.</summary>
    public CorpusSummaryCounter Add(IEnumerable<Article> articles, Corpus part)
    {
        foreach (var article in articles)
        {
            _articles++;
            switch (LetterCasing.Of(article.Text))
            {
                case LetterCase.Lower:
                    _lower++;
                    break;
                case LetterCase.Upper:
                    _upper++;
                    break;
            }
        }

        foreach (var skipped in part.Skipped)
        {
            _skipped++;
            var kind = ReasonKind(skipped.Reason);
            _reasons[kind] = _reasons.GetValueOrDefault(kind) + 1;
        }

        _warnings += part.Warnings.Length;
        return this;
    }

    /// <summary>One line for humans: how many loaded, how many were skipped and the reasons, warnings, case-folded articles.</summary>
    public string Line()
    {
        var loaded = $"{_articles} article{(_articles == 1 ? "" : "s")} loaded";
        if (_skipped == 0)
        {
            return loaded + ", none skipped" + WarningSuffix();
        }

        var reasons = _reasons
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Value} {g.Key}");
        return $"{loaded}, {_skipped} skipped ({string.Join(", ", reasons)})" + WarningSuffix();
    }

    private string WarningSuffix() => (_warnings == 0 ? "." : $"; {_warnings} warning{(_warnings == 1 ? "" : "s")}.") + CaseFoldedNote();

    /// <summary>Case-folded articles defeat capital-letter rules (sentences, names): say how many there are.</summary>
    private string CaseFoldedNote()
    {
        if (_lower + _upper == 0)
        {
            return "";
        }

        var parts = new[] { (_lower, "all lower case"), (_upper, "all capitals") }.Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}");
        var count = _lower + _upper;
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
