using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsLens.Text;

/// <summary>
/// Shortcuts for the common case of ASCII letters and digits, which the general UAX #29 engine would reach the
/// same way one code point and one rule check at a time. Every shortcut gives exactly the general path's result
/// (property-tested against it: the engines take a fastPath flag so tests can run the general path alone).
/// </summary>
internal static class AsciiFastPath
{
    public static bool IsAlphanumeric(int c) => (uint)c < 0x80 && (char.IsAsciiLetter((char)c) || char.IsAsciiDigit((char)c));

    /// <summary>The end of the run of ASCII letters and digits starting at <paramref name="index"/>.</summary>
    public static int SkipAlphanumeric(ReadOnlySpan<char> text, int index)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            while (index + Vector128<ushort>.Count <= text.Length)
            {
                var chars = Vector128.LoadUnsafe(ref start, (nuint)index);
                var letter = Vector128.LessThan((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var digit = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                var others = ~(letter | digit).ExtractMostSignificantBits() & ((1u << Vector128<ushort>.Count) - 1);
                if (others != 0)
                {
                    return index + BitOperations.TrailingZeroCount(others);
                }

                index += Vector128<ushort>.Count;
            }
        }

        while (index < text.Length && (char.IsAsciiLetter(text[index]) || char.IsAsciiDigit(text[index])))
        {
            index++;
        }

        return index;
    }

    /// <summary>Word_Break of an ASCII letter (ALetter) or digit (Numeric).</summary>
    public static WordBreak WordBreakOf(char c) => char.IsAsciiDigit(c) ? WordBreak.Numeric : WordBreak.ALetter;

    /// <summary>
    /// The kind of a segment that starts with an ASCII character, or null when only the general path can tell
    /// (null kind with <paramref name="isWhitespace"/> true means the segment is skipped).
    /// </summary>
    public static TokenKind? Classify(ReadOnlySpan<char> segment, out bool isWhitespace)
    {
        isWhitespace = false;
        var c = segment[0];
        if (char.IsAsciiLetter(c))
        {
            return TokenKind.Word;
        }

        if (char.IsAsciiDigit(c))
        {
            return TokenKind.Number;
        }

        if (segment.Length == 1 && c is ' ' or '\n' or '\t' or '\r' or '\v' or '\f')
        {
            isWhitespace = true;
        }

        return null;
    }

    /// <summary>
    /// Reads the token (or skippable whitespace) at a segment start when plain ASCII settles it: a run of ASCII
    /// letters/digits followed by the end of text or by an ASCII character that no rule joins to a word (space,
    /// quotes, brackets, !?...). Returns <see cref="Step.General"/> whenever a rule could apply (. ' : - _ , ; or any
    /// non-ASCII neighbour), so the general path decides those.
    /// </summary>
    public static Step TryRead(ReadOnlySpan<char> text, int start, out Token token, out int next)
    {
        token = default;
        next = start;
        var c = text[start];
        if (c == '\n' || (c == ' ' && (start + 1 == text.Length || (text[start + 1] < 0x80 && text[start + 1] != ' '))))
        {
            next = start + 1;
            return Step.Whitespace;
        }

        if (!char.IsAsciiLetter(c) && !char.IsAsciiDigit(c))
        {
            return Step.General;
        }

        var end = SkipAlphanumeric(text, start + 1);
        if (end < text.Length && !EndsAsciiWord(text[end], text[end - 1]))
        {
            return Step.General;
        }

        token = new Token(start, end - start, char.IsAsciiDigit(c) ? TokenKind.Number : TokenKind.Word);
        next = end;
        return Step.Token;
    }

    private static bool EndsAsciiWord(char following, char last) => following switch
    {
        >= '\u0080' or '.' or '\'' or ':' or '-' or '_' => false,
        ',' or ';' => !char.IsAsciiDigit(last),
        _ => true,
    };

    public enum Step : byte
    {
        General,
        Token,
        Whitespace,
    }
}
