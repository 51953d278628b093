using System.Text;

namespace NewsLens.Corpora;

/// <summary>Unicode normalisation that accepts any string: .NET throws on lone surrogates and noncharacters, which untrusted text can hold.</summary>
public static class UnicodeText
{
    /// <summary>Normalises <paramref name="text"/>; lone surrogates and noncharacters are first replaced by U+FFFD (one char for one, so offsets do not move).</summary>
    public static string Normalize(string text, NormalizationForm form = NormalizationForm.FormC)
    {
        var clean = ReplaceInvalid(text);
        return clean.IsNormalized(form) ? clean : clean.Normalize(form);
    }

    /// <summary>
    /// What the reader does to a decoded file before cleaning: line breaks made "\n", invalid characters replaced,
    /// NFC. Returns the text and its map to <paramref name="decoded"/>.
    /// </summary>
    public static (string Text, SourceMap Map) NormalizeMapped(string decoded)
    {
        var (lines, linesMap) = decoded.AsSpan().IndexOfAny('\r', '\0') < 0
            ? (decoded, SourceMap.Identity(decoded.Length)) // nothing to replace: the text is its own map, no copy
            : UnifyBreaks(decoded);
        var text = ReplaceInvalid(lines);
        if (text.IsNormalized(NormalizationForm.FormC))
        {
            return (text, linesMap);
        }

        // Compose chunk by chunk: a chunk starts at a character below U+0300 (a starter nothing before it composes
        // with), so each composed character maps to the chunk it came from. Runs of chunks already in NFC are copied
        // in one piece; the composed text is gathered in a pooled buffer and becomes one string at the end.
        var composed = new PooledChars(text.Length + 16);
        try
        {
            var composedMap = new SourceMap.Builder(linesMap);
            Span<char> small = stackalloc char[MaxComposedOnStack];
            var start = 0;
            var unchangedFrom = 0;
            for (var i = 1; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] >= '\u0300')
                {
                    continue;
                }

                var chunk = text.AsSpan(start, i - start);
                if ((chunk.Length > 1 || chunk[0] >= '\u0300') && !chunk.IsNormalized(NormalizationForm.FormC)) // every character below U+0300 is NFC alone
                {
                    // NFC makes a text at most three times longer; a long chunk goes through a string.
                    var normal = chunk.Length * 3 <= small.Length && chunk.TryNormalize(small, out var written, NormalizationForm.FormC)
                        ? small[..written]
                        : chunk.ToString().Normalize(NormalizationForm.FormC).AsSpan();
                    if (!normal.SequenceEqual(chunk))
                    {
                        composed.Append(text.AsSpan(unchangedFrom, start - unchangedFrom));
                        composed.Append(normal);
                        composedMap.Copy(unchangedFrom, start - unchangedFrom);
                        composedMap.Replace(start, chunk.Length, normal.Length);
                        unchangedFrom = i;
                    }
                }

                start = i;
            }

            composed.Append(text.AsSpan(unchangedFrom, text.Length - unchangedFrom));
            composedMap.Copy(unchangedFrom, text.Length - unchangedFrom);
            return (composed.ToString(), composedMap.Build());
        }
        finally
        {
            composed.Dispose();
        }
    }

    /// <summary>Chunks up to a third of this long are composed on the stack.</summary>
    private const int MaxComposedOnStack = 192;

    /// <summary>Line breaks made "\n" and stray NULs dropped, with the map to <paramref name="decoded"/>.</summary>
    private static (string Text, SourceMap Map) UnifyBreaks(string decoded)
    {
        var lines = new StringBuilder(decoded.Length);
        var map = new SourceMap.Builder(SourceMap.Identity(decoded.Length));
        var position = 0;
        for (var i = decoded.AsSpan().IndexOfAny('\r', '\0'); i >= 0; i = NextBreakOrNul(decoded, position))
        {
            lines.Append(decoded, position, i - position);
            map.Copy(position, i - position);
            if (decoded[i] == '\0')
            {
                position = i + 1; // a stray NUL is dropped (the decoder warned)
                continue;
            }

            lines.Append('\n');
            var crlf = i + 1 < decoded.Length && decoded[i + 1] == '\n';
            map.Replace(i, crlf ? 2 : 1, 1);
            position = i + (crlf ? 2 : 1);
        }

        lines.Append(decoded, position, decoded.Length - position);
        map.Copy(position, decoded.Length - position);
        return (lines.ToString(), map.Build());
    }

    private static int NextBreakOrNul(string text, int from)
    {
        var next = text.AsSpan(from).IndexOfAny('\r', '\0');
        return next < 0 ? -1 : from + next;
    }

    public static string ReplaceInvalid(string text)
    {
        if (FindInvalid(text, 0) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        ReplaceInvalid(chars);
        return new string(chars);
    }

    /// <summary>In place: lone surrogates and noncharacters become U+FFFD, one char for one.</summary>
    public static void ReplaceInvalid(Span<char> chars)
    {
        for (var i = FindInvalid(chars, 0); i >= 0; i = FindInvalid(chars, i + 1))
        {
            var pairedNoncharacter = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            chars[i] = '\uFFFD';
            if (pairedNoncharacter)
            {
                chars[++i] = '\uFFFD'; // both halves go
            }
        }
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static int FindInvalid(ReadOnlySpan<char> text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        return i;
                    }

                    i++;
                    continue;
                }

                return i;
            }

            if (IsNoncharacter(c))
            {
                return i;
            }

            if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
