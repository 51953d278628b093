namespace NewsLens.Text;

/// <summary>
/// The raw Unicode word boundary engine (UAX #29, rules WB1–WB999), with no news rules on top.
/// It is measured against Unicode's WordBreakTest.txt.
/// </summary>
public static class WordBoundaries
{
    /// <summary>The end of the word segment that starts at <paramref name="start"/> (exclusive).</summary>
    public static int NextBoundary(ReadOnlySpan<char> text, int start) => NextBoundary(text, start, fastPath: true);

    /// <summary>As <see cref="NextBoundary(ReadOnlySpan{char}, int)"/>; <paramref name="fastPath"/> false runs the general engine only (for tests).</summary>
    internal static int NextBoundary(ReadOnlySpan<char> text, int start, bool fastPath)
    {
        if (start >= text.Length)
        {
            return text.Length;
        }

        var first = CodePoints.Read(text, start, out var length);
        var raw = UnicodeProperties.Word(first);
        var pos = start + length;

        if (raw == WordBreak.CR)
        {
            return pos < text.Length && text[pos] == '\n' ? pos + 1 : pos;
        }

        if (raw is WordBreak.LF or WordBreak.Newline)
        {
            return pos;
        }

        var left = raw;
        var beforeLeft = WordBreak.Other;
        var regionalRun = left == WordBreak.RegionalIndicator ? 1 : 0;

        if (fastPath && AsciiFastPath.IsAlphanumeric(first))
        {
            // ASCII letters and digits never break between themselves (WB5, WB8-WB10): skip the run in one go.
            pos = AsciiFastPath.SkipAlphanumeric(text, pos);
            if (pos - start >= 2)
            {
                beforeLeft = AsciiFastPath.WordBreakOf(text[pos - 2]);
                left = raw = AsciiFastPath.WordBreakOf(text[pos - 1]);
            }
        }

        while (pos < text.Length)
        {
            var cp = CodePoints.Read(text, pos, out length);
            var right = UnicodeProperties.Word(cp);

            if (right is WordBreak.CR or WordBreak.LF or WordBreak.Newline)
            {
                return pos;
            }

            if (raw == WordBreak.ZWJ && UnicodeProperties.IsExtendedPictographic(cp))
            {
                beforeLeft = left;
                left = right;
                raw = right;
                pos += length;
                continue; // WB3c
            }

            if (raw == WordBreak.WSegSpace && right == WordBreak.WSegSpace)
            {
                pos += length;
                continue;
            }

            if (right is WordBreak.Extend or WordBreak.Format or WordBreak.ZWJ)
            {
                raw = right;
                pos += length;
                continue;
            }

            if (Breaks(text, pos + length, beforeLeft, left, right, ref regionalRun))
            {
                return pos;
            }

            beforeLeft = left;
            left = right;
            raw = right;
            pos += length;
        }

        return text.Length;
    }

    private static bool Breaks(ReadOnlySpan<char> text, int afterRight, WordBreak beforeLeft, WordBreak left, WordBreak right, ref int regionalRun)
    {
        var leftIsLetter = left is WordBreak.ALetter or WordBreak.HebrewLetter;
        var rightIsLetter = right is WordBreak.ALetter or WordBreak.HebrewLetter;

        if (leftIsLetter && rightIsLetter)
        {
            return false; // WB5
        }

        if (leftIsLetter && (right is WordBreak.MidLetter || IsMidNumLetQ(right)) && NextSignificant(text, afterRight) is WordBreak.ALetter or WordBreak.HebrewLetter)
        {
            return false; // WB6
        }

        if ((beforeLeft is WordBreak.ALetter or WordBreak.HebrewLetter) && (left is WordBreak.MidLetter || IsMidNumLetQ(left)) && rightIsLetter)
        {
            return false; // WB7
        }

        if (left == WordBreak.HebrewLetter && right == WordBreak.SingleQuote)
        {
            return false; // WB7a
        }

        if (left == WordBreak.HebrewLetter && right == WordBreak.DoubleQuote && NextSignificant(text, afterRight) == WordBreak.HebrewLetter)
        {
            return false; // WB7b
        }

        if (beforeLeft == WordBreak.HebrewLetter && left == WordBreak.DoubleQuote && right == WordBreak.HebrewLetter)
        {
            return false; // WB7c
        }

        if ((left == WordBreak.Numeric && right == WordBreak.Numeric) || (leftIsLetter && right == WordBreak.Numeric) || (left == WordBreak.Numeric && rightIsLetter))
        {
            return false; // WB8, WB9, WB10
        }

        if (beforeLeft == WordBreak.Numeric && (left == WordBreak.MidNum || IsMidNumLetQ(left)) && right == WordBreak.Numeric)
        {
            return false; // WB11
        }

        if (left == WordBreak.Numeric && (right == WordBreak.MidNum || IsMidNumLetQ(right)) && NextSignificant(text, afterRight) == WordBreak.Numeric)
        {
            return false; // WB12
        }

        if (left == WordBreak.Katakana && right == WordBreak.Katakana)
        {
            return false; // WB13
        }

        if ((leftIsLetter || left is WordBreak.Numeric or WordBreak.Katakana or WordBreak.ExtendNumLet) && right == WordBreak.ExtendNumLet)
        {
            return false; // WB13a
        }

        if (left == WordBreak.ExtendNumLet && (rightIsLetter || right is WordBreak.Numeric or WordBreak.Katakana))
        {
            return false; // WB13b
        }

        if (left == WordBreak.RegionalIndicator && right == WordBreak.RegionalIndicator)
        {
            if (regionalRun % 2 == 1)
            {
                regionalRun++;
                return false; // WB15, WB16
            }

            return true;
        }

        regionalRun = right == WordBreak.RegionalIndicator ? 1 : 0;
        return true; // WB999
    }

    private static bool IsMidNumLetQ(WordBreak value) => value is WordBreak.MidNumLet or WordBreak.SingleQuote;

    /// <summary>The Word_Break value of the next code point that WB4 does not skip, or Other at the end.</summary>
    private static WordBreak NextSignificant(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length)
        {
            var value = UnicodeProperties.Word(CodePoints.Read(text, index, out var length));
            if (value is not (WordBreak.Extend or WordBreak.Format or WordBreak.ZWJ))
            {
                return value;
            }

            index += length;
        }

        return WordBreak.Other;
    }
}
