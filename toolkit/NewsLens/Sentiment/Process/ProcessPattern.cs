using System.Collections.Immutable;
using NewsLens.Text;

namespace NewsLens.Sentiment.Process;

/// <summary>
/// One pattern of a process definition ("restore ties", "normalis*"), matched on folded words. Up to
/// <see cref="MaxGap"/> words may stand between two words of the pattern ("restore their ties", "restore full
/// diplomatic ties"), but never a clause break.
/// </summary>
public sealed record ProcessPattern(string Text, ImmutableArray<string> Words)
{
    /// <summary>Words allowed between two consecutive words of a pattern.</summary>
    public const int MaxGap = 2;

    public static ProcessPattern Parse(string pattern) =>
        new(pattern, [.. SentimentLexicon.SplitPhrase(TextFolding.Fold(pattern.Trim()))]);

    /// <summary>
    /// The first match in the words of one sentence, as the index of its first and last word, or null.
    /// <paramref name="clauseBreakBefore"/>[k] is true when a clause break stands before word k.
    /// </summary>
    public (int First, int Last)? FindIn(IReadOnlyList<string> words, IReadOnlyList<bool> clauseBreakBefore) =>
        FindIn([.. words], [.. clauseBreakBefore]);

    /// <inheritdoc cref="FindIn(IReadOnlyList{string}, IReadOnlyList{bool})"/>
    public (int First, int Last)? FindIn(ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore)
    {
        if (Words.IsEmpty)
        {
            return null;
        }

        for (var start = 0; start < words.Length; start++)
        {
            if (!LexiconPhrase.WordMatches(Words[0], words[start]))
            {
                continue;
            }

            var last = LastWordFrom(words, clauseBreakBefore, start);
            if (last >= 0)
            {
                return (start, last);
            }
        }

        return null;
    }

    /// <summary>
    /// The last word of a match whose first word (already known to match) is <paramref name="start"/>, or -1 when the
    /// rest of the pattern does not follow.
    /// </summary>
    internal int LastWordFrom(ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore, int start) =>
        MatchRest(words, clauseBreakBefore, start, 1);

    private int MatchRest(ReadOnlySpan<string> words, ReadOnlySpan<bool> clauseBreakBefore, int previous, int k)
    {
        if (k == Words.Length)
        {
            return previous;
        }

        for (var next = previous + 1; next <= previous + 1 + MaxGap && next < words.Length; next++)
        {
            if (clauseBreakBefore[next])
            {
                return -1;
            }

            if (LexiconPhrase.WordMatches(Words[k], words[next]))
            {
                var last = MatchRest(words, clauseBreakBefore, next, k + 1);
                if (last >= 0)
                {
                    return last;
                }
            }
        }

        return -1;
    }
}
