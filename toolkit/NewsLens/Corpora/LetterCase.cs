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
        int upper = 0, lower = 0;
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

        var cased = upper + lower;
        if (cased < MinimumCasedLetters)
        {
            return LetterCase.Mixed;
        }

        return upper * 100 < cased ? LetterCase.Lower : lower * 100 < cased ? LetterCase.Upper : LetterCase.Mixed;
    }
}
