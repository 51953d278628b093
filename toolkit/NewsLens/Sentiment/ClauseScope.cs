using System.Collections.Frozen;
using System.Globalization;
using NewsLens.Text;

namespace NewsLens.Sentiment;

/// <summary>
/// Clause scope for stance: a clause about an earlier year than the article's ("after Arab countries broke ties
/// following its brutal crackdown in 2011") describes the past, not a stance toward the process now, so its words are
/// masked from stance (general sentiment still counts them). The scope opens at the first of "after", "following",
/// "since", "before", "during" in the year's clause (or at the clause's start) and ends with the clause.
/// </summary>
public static class ClauseScope
{
    private static readonly FrozenSet<string> Openers = new[] { "after", "following", "since", "before", "during" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsClauseBreak(ReadOnlySpan<char> token) =>
        token is "," or ";" or ":" or "-" or "–" or "—" or "(" or ")";

    /// <summary>The article's year from its date ("2023-04-05", "2023-03", "2023"), or null.</summary>
    public static int? YearOf(string date) =>
        date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>Masks the past-event clauses of one sentence (none when the article's year is unknown).</summary>
    public static TokenMask PastEvents(TokenizedArticle article, Sentence sentence, int? articleYear, TokenMask mask)
    {
        if (articleYear is not { } now)
        {
            return mask;
        }

        var text = article.Text;
        var end = sentence.FirstToken + sentence.TokenCount;
        TokenMask.Builder? builder = null;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var token = article.Tokens[t];
            if (!token.IsWordLike || token.Length != 4
                || !int.TryParse(token.Slice(text), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || year < 1900 || year >= now)
            {
                continue;
            }

            var start = t;
            var opener = -1;
            for (var k = t - 1; k >= sentence.FirstToken; k--)
            {
                var slice = article.Tokens[k].Slice(text);
                if (IsClauseBreak(slice))
                {
                    break;
                }

                start = k;
                if (article.Tokens[k].IsWordLike && Openers.Contains(TextFolding.Fold(slice)))
                {
                    opener = k;
                }
            }

            var first = opener >= 0 ? opener : start;
            var last = t;
            while (last + 1 < end && !IsClauseBreak(article.Tokens[last + 1].Slice(text)))
            {
                last++;
            }

            builder ??= new TokenMask.Builder(mask);
            builder.Add(first, last - first + 1, $"past event ({year.ToString(CultureInfo.InvariantCulture)}): not a stance toward the process now");
        }

        return builder?.Build() ?? mask;
    }
}
