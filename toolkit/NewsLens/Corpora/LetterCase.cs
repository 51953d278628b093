using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsLens.Corpora;

/// <summary>
/// How an article's letters are cased. Case-folded text (all lower case, as in some published corpora, or all
/// capitals, as in wire copy) defeats the capital-letter rules of sentence splitting and name finding, so it is
/// detected and said.
/// </summary>
public enum LetterCase
{
    /// <summary>Ordinary text: capitals where the language puts them.</summary>
    Mixed,

    /// <summary>Almost no capital letter.</summary>
    Lower,

    /// <summary>Almost no lower-case letter.</summary>
    Upper,
}

public static class LetterCasing
{
    /// <summary>Fewer cased letters than this say nothing about the casing.</summary>
    public const int MinimumCasedLetters = 40;

    /// <summary>
    /// The casing of <paramref name="text"/>: <see cref="LetterCase.Lower"/> when under 1% of its cased letters are
    /// capitals (ordinary English prose has 2–5%), <see cref="LetterCase.Upper"/> when under 1% are lower case, else
    /// <see cref="LetterCase.Mixed"/> (also for short texts).
    /// </summary>
    public static LetterCase Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (upper, lower) = CountCased(text);
        var cased = upper + lower;
        if (cased < MinimumCasedLetters)
        {
            return LetterCase.Mixed;
        }

        return upper * 100 < cased ? LetterCase.Lower : lower * 100 < cased ? LetterCase.Upper : LetterCase.Mixed;
    }

    /// <summary>
    /// The upper- and lower-case letters of <paramref name="text"/> (<see cref="char.IsUpper(char)"/>,
    /// <see cref="char.IsLower(char)"/>). Runs of ASCII, most of any English text, are counted sixteen characters at
    /// a time: there the capitals are exactly A–Z and the small letters a–z.
    /// </summary>
    internal static (int Upper, int Lower) CountCased(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            var source = MemoryMarshal.Cast<char, ushort>(text);
            var capitalA = Vector256.Create((ushort)'A');
            var smallA = Vector256.Create((ushort)'a');
            var letters = Vector256.Create((ushort)('Z' - 'A'));
            var nonAscii = Vector256.Create((ushort)0xFF80);
            for (; i <= source.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var chunk = Vector256.Create(source.Slice(i, Vector256<ushort>.Count));
                if ((chunk & nonAscii) != Vector256<ushort>.Zero)
                {
                    CountScalar(text.Slice(i, Vector256<ushort>.Count), ref upper, ref lower);
                    continue;
                }

                // Unsigned: a character below 'A' wraps around to a large number, so one comparison checks both ends.
                upper += BitOperations.PopCount(Vector256.LessThanOrEqual(chunk - capitalA, letters).ExtractMostSignificantBits());
                lower += BitOperations.PopCount(Vector256.LessThanOrEqual(chunk - smallA, letters).ExtractMostSignificantBits());
            }
        }

        CountScalar(text[i..], ref upper, ref lower);
        return (upper, lower);
    }

    private static void CountScalar(ReadOnlySpan<char> text, ref int upper, ref int lower)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }
    }
}
