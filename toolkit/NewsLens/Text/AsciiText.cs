using System.Buffers;

namespace NewsLens.Text;

/// <summary>
/// Folding shortcuts for text that is plain ASCII below U+007F, where <see cref="Text.TextFolding.Fold(ReadOnlySpan{char}, bool)"/> (with or
/// without diacritic folding) only lowers A-Z and turns ` into ': no normalisation can apply and the length is kept.
/// </summary>
internal static class AsciiText
{
    /// <summary>What folding does to an ASCII character below U+007F.</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c == '`' ? '\'' : c;

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> when it is ASCII below U+007F and fits; false
    /// (the caller takes the string path) for anything else.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination)
    {
        if (text.Length > destination.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u007F')
            {
                return false;
            }

            destination[i] = Fold(c);
        }

        return true;
    }
}

/// <summary>
/// The next position at or after a given one (asked in increasing order) before <c>end</c> holding one of
/// <c>values</c>, or, with no values, a character outside ASCII U+0000..U+007E; int.MaxValue when there is none.
/// One vectorised search finds each, never past <c>end</c>.
/// </summary>
internal struct NextOf(string text, SearchValues<char>? values, int end)
{
    private int _next = -1;

    public int AtOrAfter(int position)
    {
        if (_next >= position)
        {
            return _next;
        }

        var rest = text.AsSpan(position, Math.Max(0, end - position));
        var found = values is null ? rest.IndexOfAnyExceptInRange('\u0000', '\u007E') : rest.IndexOfAny(values);
        _next = found < 0 ? int.MaxValue : position + found;
        return _next;
    }
}
