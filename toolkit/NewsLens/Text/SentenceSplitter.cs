using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>
/// Sentences: Unicode UAX #29 sentence boundaries plus news rules. No break after a title (Mr., Dr.), a month
/// before a number (Dec. 28), "No." before a number, or an initialism (U.S.) before a word that does not
/// usually open a sentence; no break after a quoted question or exclamation followed by a lower-case word
/// ("Why?" she asked). In lower-case text (<see cref="LetterCase.Lower"/>), where UAX #29 sees no sentence start,
/// a sentence also ends at terminal punctuation followed by a space and a letter, with the same abbreviation rules
/// read without capitals.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "rep", "sen", "gov", "pres",
        "st", "mt", "ft", "rev", "hon", "amb", "adm", "cmdr", "brig", "supt", "insp", "messrs", "mme", "mlle", "jr", "sr");

    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "art", "p", "pp",
        "vol", "ch", "fig", "para", "sec", "approx", "ca");

    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "in", "on", "at", "but", "and", "or", "so", "however", "meanwhile", "after", "before", "when", "while", "if",
        "as", "his", "her", "their", "our", "my", "what", "why", "how", "who", "where", "yet", "still", "then", "now",
        "earlier", "later", "last", "since", "despite", "although", "both", "for", "to", "according", "during");

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens) => Split(text, tokens, LetterCase.Mixed);

    public static ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, LetterCase casing)
    {
        var lower = casing == LetterCase.Lower;
        var sentences = new ScratchArray<Sentence>(64, MaxKeptSentences);
        var start = 0;
        var tokenIndex = 0;
        var sentenceStart = 0;
        while (start < text.Length)
        {
            var end = NextBoundary(text, start, lower);
            while (end < text.Length && Continues(text, end, lower))
            {
                end = NextBoundary(text, end, lower);
            }

            var firstToken = tokenIndex;
            while (tokenIndex < tokens.Length && tokens[tokenIndex].Start < end)
            {
                tokenIndex++;
            }

            if (tokenIndex > firstToken)
            {
                var (trimStart, trimEnd) = Trim(text, sentenceStart, end);
                sentences.Add(new Sentence(trimStart, trimEnd, firstToken, tokenIndex - firstToken));
            }

            start = end;
            sentenceStart = end;
        }

        return sentences.ToImmutable();
    }

    private const int MaxKeptSentences = 1 << 14;

    private static int NextBoundary(string text, int start, bool lower)
    {
        var next = SentenceBoundaries.NextBoundary(text, start);
        return lower ? Math.Min(next, NextLowerCaseBoundary(text, start, next)) : next;
    }

    /// <summary>In lower-case text: the start of a word after '.', '!' or '?' (and closing quotes or brackets) and a space, before <paramref name="limit"/>.</summary>
    private static int NextLowerCaseBoundary(string text, int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var after = i + 1;
            while (after < text.Length && (IsClosingQuote(text[after]) || text[after] is ')' or ']' or '.' or '!' or '?'))
            {
                after++;
            }

            var wordStart = after;
            while (wordStart < text.Length && char.IsWhiteSpace(text[wordStart]))
            {
                wordStart++;
            }

            if (wordStart > after && wordStart < limit && (char.IsLetterOrDigit(text[wordStart]) || text[wordStart] is '"' or '\u201C' or '\'' or '\u2018' or '('))
            {
                return wordStart;
            }
        }

        return limit;
    }

    /// <summary>Whether the sentence that UAX #29 ends at <paramref name="boundary"/> really goes on.</summary>
    private static bool Continues(string text, int boundary, bool lower)
    {
        var end = boundary;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            if (text[end - 1] is '\n' or '\r' or '\u2029' or '\u2028')
            {
                return false;
            }

            end--;
        }

        var nextStart = boundary;
        while (nextStart < text.Length && char.IsWhiteSpace(text[nextStart]))
        {
            nextStart++;
        }

        if (end == 0 || nextStart >= text.Length)
        {
            return false;
        }

        var nextWord = WordAt(text, nextStart);
        var last = text[end - 1];
        if (last == '.')
        {
            var previousWord = WordBefore(text, end - 1);
            if (previousWord.Length == 0)
            {
                return false;
            }

            var startsWithDigit = char.IsDigit(text[nextStart]);
            var startsLikeAName = char.IsUpper(text[nextStart]) || (lower && char.IsLetter(text[nextStart]));
            if (Titles.Contains(previousWord.ToString()) && startsLikeAName)
            {
                return true;
            }

            if (startsWithDigit && BeforeNumber.Contains(previousWord.ToString()))
            {
                return true;
            }

            return Tokenizer.IsInitialism(previousWord) && startsLikeAName && !SentenceOpeners.Contains(nextWord.ToString());
        }

        if (IsClosingQuote(last) && end >= 2 && text[end - 2] is '?' or '!')
        {
            return char.IsLower(text[nextStart]);
        }

        return false;
    }

    private static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or '\u00BB';

    private static ReadOnlySpan<char> WordBefore(string text, int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 2 >= 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text.AsSpan(start, periodIndex - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
