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
