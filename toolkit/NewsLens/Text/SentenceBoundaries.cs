namespace NewsLens.Text;

/// <summary>
/// The raw Unicode sentence boundary engine (UAX #29, rules SB1–SB998), with no news rules on top.
/// It is measured against Unicode's SentenceBreakTest.txt.
/// </summary>
public static class SentenceBoundaries
{
    /// <summary>The end of the sentence that starts at <paramref name="start"/> (exclusive).</summary>
    public static int NextBoundary(ReadOnlySpan<char> text, int start)
    {
        var pos = start;
        var previous = SentenceBreak.Other;
        while (pos < text.Length)
        {
            var value = Read(text, pos, out var length);
            pos += length;

            if (value is SentenceBreak.Sep or SentenceBreak.LF)
            {
                return pos; // SB4
            }

            if (value == SentenceBreak.CR)
            {
                return pos < text.Length && text[pos] == '\n' ? pos + 1 : pos; // SB3, SB4
            }

            pos = SkipIgnorable(text, pos); // SB5

            if (value is SentenceBreak.ATerm or SentenceBreak.STerm)
            {
                if (EndOfTerminal(text, ref pos, previous, value))
                {
                    return pos;
                }

                previous = SentenceBreak.Other;
                continue;
            }

            previous = value;
        }

        return text.Length;
    }

    /// <summary>
    /// Called just after an ATerm/STerm. Returns true with <paramref name="pos"/> at the boundary when the
    /// sentence ends here; returns false with <paramref name="pos"/> where scanning should go on.
    /// </summary>
    private static bool EndOfTerminal(ReadOnlySpan<char> text, ref int pos, SentenceBreak beforeTerm, SentenceBreak term)
    {
        var next = Peek(text, pos);
        if (term == SentenceBreak.ATerm && next == SentenceBreak.Numeric)
        {
            return false; // SB6
        }

        if (term == SentenceBreak.ATerm && beforeTerm is SentenceBreak.Upper or SentenceBreak.Lower && next == SentenceBreak.Upper)
        {
            return false; // SB7
        }

        pos = SkipWhile(text, pos, SentenceBreak.Close); // SB9
        pos = SkipWhile(text, pos, SentenceBreak.Sp); // SB10

        if (term == SentenceBreak.ATerm && LowerFollows(text, pos))
        {
            return false; // SB8
        }

        next = Peek(text, pos);
        if (next is SentenceBreak.SContinue or SentenceBreak.STerm or SentenceBreak.ATerm)
        {
            return false; // SB8a
        }

        if (pos < text.Length && next is SentenceBreak.Sep or SentenceBreak.LF or SentenceBreak.CR)
        {
            var cr = next == SentenceBreak.CR;
            Read(text, pos, out var length);
            pos += length;
            if (cr && pos < text.Length && text[pos] == '\n')
            {
                pos++;
            }
        }

        return true; // SB11
    }

    private static bool LowerFollows(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length)
        {
            var value = Read(text, pos, out var length);
            switch (value)
            {
                case SentenceBreak.Lower:
                    return true;
                case SentenceBreak.OLetter or SentenceBreak.Upper or SentenceBreak.Sep or SentenceBreak.CR or SentenceBreak.LF
                    or SentenceBreak.STerm or SentenceBreak.ATerm:
                    return false;
            }

            pos += length;
        }

        return false;
    }

    private static int SkipWhile(ReadOnlySpan<char> text, int pos, SentenceBreak wanted)
    {
        while (pos < text.Length)
        {
            if (Read(text, pos, out var length) != wanted)
            {
                break;
            }

            pos = SkipIgnorable(text, pos + length);
        }

        return pos;
    }

    private static int SkipIgnorable(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length)
        {
            if (Read(text, pos, out var length) is not (SentenceBreak.Extend or SentenceBreak.Format))
            {
                break;
            }

            pos += length;
        }

        return pos;
    }

    private static SentenceBreak Peek(ReadOnlySpan<char> text, int pos) =>
        pos < text.Length ? Read(text, pos, out _) : SentenceBreak.Other;

    private static SentenceBreak Read(ReadOnlySpan<char> text, int pos, out int length) =>
        UnicodeProperties.Sentence(CodePoints.Read(text, pos, out length));
}
