using System.Text;
using NewsLens.Text;

namespace NewsLens.Sentiment.Evaluation;

/// <summary>
/// Aligns a hand-segmented sentence with the tool's sentences by text, not by position: both are folded (case,
/// typographic quotes and dashes, whitespace) and match when one contains the other or when most words are shared.
/// </summary>
public static class TextAlignment
{
    /// <summary>Share of the shorter sentence's words that must occur in the other for an overlap match.</summary>
    public const double OverlapShare = 0.8;

    public static string Normalise(string text)
    {
        var folded = TextFolding.Fold(text.Normalize(NormalizationForm.FormC));
        var builder = new StringBuilder(folded.Length);
        var space = true;
        foreach (var c in folded)
        {
            var mapped = c switch
            {
                '\u2018' or '\u2019' or '\u02bc' or '`' => '\'',
                '\u201c' or '\u201d' or '\u00ab' or '\u00bb' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            };
            if (char.IsWhiteSpace(mapped))
            {
                if (!space)
                {
                    builder.Append(' ');
                }

                space = true;
                continue;
            }

            builder.Append(mapped);
            space = false;
        }

        return builder.ToString().Trim();
    }

    public static string[] Words(string normalised) =>
        normalised.Split([' ', ',', '.', ';', ':', '"', '\'', '(', ')', '!', '?', '-', '…'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether two normalised sentences are the same sentence (or one holds the other).</summary>
    public static bool Matches(string gold, string tool)
    {
        if (gold.Length == 0 || tool.Length == 0)
        {
            return false;
        }

        if (gold.Contains(tool, StringComparison.Ordinal) || tool.Contains(gold, StringComparison.Ordinal))
        {
            return Math.Min(gold.Length, tool.Length) >= 8 || gold == tool;
        }

        var goldWords = Words(gold);
        var toolWords = Words(tool);
        if (goldWords.Length < 3 || toolWords.Length < 3)
        {
            return false;
        }

        var shorter = goldWords.Length <= toolWords.Length ? goldWords : toolWords;
        var longer = new HashSet<string>(ReferenceEquals(shorter, goldWords) ? toolWords : goldWords, StringComparer.Ordinal);
        return shorter.Count(longer.Contains) >= OverlapShare * shorter.Length;
    }
}
