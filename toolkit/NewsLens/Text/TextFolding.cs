using System.Globalization;
using System.Text;
using NewsLens.Corpora;

namespace NewsLens.Text;

/// <summary>
/// Normalises text for matching, never for display: culture-invariant lower case that also folds Turkish
/// İ and ı to i (so İSTANBUL, Istanbul and ıstanbul meet), typographic quotes to ' and ", dashes to -,
/// and optionally diacritics (Çavuşoğlu → cavusoglu).
/// </summary>
public static partial class TextFolding
{
    /// <summary>As <see cref="Fold(ReadOnlySpan{char}, bool)"/>; text that is already folded comes back as the same instance.</summary>
    public static string Fold(string text, bool foldDiacritics = false) =>
        IsPlainLowerAscii(text) ? text : Fold(text.AsSpan(), foldDiacritics);

    public static string Fold(ReadOnlySpan<char> text, bool foldDiacritics = false)
    {
        if (IsPlainLowerAscii(text))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(FoldChar(c));
        }

        if (!foldDiacritics)
        {
            return UnicodeText.Normalize(builder.ToString(), NormalizationForm.FormC);
        }

        var decomposed = UnicodeText.Normalize(builder.ToString(), NormalizationForm.FormD);
        builder.Clear();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'ø' => "o",
                'ł' => "l",
                'đ' => "d",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                'ð' => "d",
                _ => FoldChar(c).ToString(), // decomposition can expose characters that fold (U+1FEF -> `)
            });
        }

        return UnicodeText.Normalize(builder.ToString(), NormalizationForm.FormC);
    }

    /// <summary>Folds one character the way <see cref="Fold(ReadOnlySpan{char}, bool)"/> does without diacritic folding (no normalisation step).</summary>
    public static char FoldChar(char c) => FoldTable[c];

    /// <summary>
    /// <see cref="FoldCharSlowly"/> for every UTF-16 code unit, built once (128 KB): invariant lower-casing goes through
    /// the culture tables one character at a time, which made non-ASCII tokens the slowest part of folding.
    /// </summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = FoldCharSlowly((char)c);
        }

        return table;
    }

    internal static char FoldCharSlowly(char c) => c switch
    {
        '\u0130' or 'I' or '\u0131' => 'i', // İ's dot is the letter's own, not a combining mark to keep
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsPlainLowerAscii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > 0x7E || c is >= 'A' and <= 'Z' || c == '`')
            {
                return false;
            }
        }

        return true;
    }
}
