using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>
/// One keyword-in-context hit: the document, the matched tokens and characters (<see cref="Start"/>/<see cref="End"/>
/// in the cleaned text; <see cref="SourceStart"/>/<see cref="SourceEnd"/> in the file it was read from), and the words around them.
/// </summary>
public sealed record KwicHit(
    string DocumentId,
    int FirstToken,
    int TokenCount,
    int Start,
    int End,
    string Left,
    string Keyword,
    string Right)
{
    public int SourceStart { get; init; } = Start;

    public int SourceEnd { get; init; } = End;
}

/// <summary>
/// Keyword in context. A pattern is one or more words ("normalisation", "foreign minister"); a trailing *
/// matches any ending ("normali*"). Matching is case-insensitive and, by default, diacritic-insensitive;
/// a one-word pattern also matches a part of a hyphenated token (Assad in al-Assad).
/// </summary>
public static class Kwic
{
    public static ImmutableArray<KwicHit> Find(TokenizedCorpus corpus, string pattern, int window = 5, bool foldDiacritics = true) =>
        [.. corpus.Articles.SelectMany(article => Find(article, pattern, window, foldDiacritics))];

    public static ImmutableArray<KwicHit> Find(TokenizedArticle article, string pattern, int window = 5, bool foldDiacritics = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(window);
        var words = ParsePattern(pattern, foldDiacritics);
        var folded = article.Folded(foldDiacritics);
        var hits = ImmutableArray.CreateBuilder<KwicHit>();
        for (var i = 0; i + words.Length <= folded.Length; i++)
        {
            var length = MatchAt(article, folded, i, words, foldDiacritics);
            if (length > 0)
            {
                hits.Add(Hit(article, i, length, window));
            }
        }

        return hits.ToImmutable();
    }

    private static ImmutableArray<string> ParsePattern(string pattern, bool foldDiacritics)
    {
        var words = pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => TextFolding.Fold(w, foldDiacritics))
            .ToImmutableArray();
        if (words.IsEmpty)
        {
            throw new ArgumentException("A KWIC pattern needs at least one word.", nameof(pattern));
        }

        return words;
    }

    private static int MatchAt(TokenizedArticle article, ImmutableArray<string> folded, int index, ImmutableArray<string> words, bool foldDiacritics)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!WordMatches(folded[index + w], words[w]))
            {
                if (words.Length == 1 && article.Tokens[index].IsHyphenated(article.Text))
                {
                    var parts = article.Tokens[index].Parts(article.Text);
                    return parts.Any(p => WordMatches(TextFolding.Fold(p.Slice(article.Text), foldDiacritics), words[0])) ? 1 : 0;
                }

                return 0;
            }
        }

        return words.Length;
    }

    private static bool WordMatches(string token, string word) =>
        word.EndsWith('*') ? token.StartsWith(word[..^1], StringComparison.Ordinal) : token == word;

    private static KwicHit Hit(TokenizedArticle article, int first, int count, int window)
    {
        var tokens = article.Tokens;
        var start = tokens[first].Start;
        var end = tokens[first + count - 1].End;
        var leftFirst = Math.Max(0, first - window);
        var rightLast = Math.Min(tokens.Length - 1, first + count - 1 + window);
        var left = leftFirst < first ? Flatten(article.Text[tokens[leftFirst].Start..start]) : "";
        var right = rightLast > first + count - 1 ? Flatten(article.Text[end..tokens[rightLast].End]) : "";
        var (sourceStart, sourceEnd) = article.Article.ToSource(start, end);
        return new KwicHit(article.Id, first, count, start, end, left, Flatten(article.Text[start..end]), right) { SourceStart = sourceStart, SourceEnd = sourceEnd };
    }

    private static string Flatten(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
