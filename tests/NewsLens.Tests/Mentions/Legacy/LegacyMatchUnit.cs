// The matcher as it was before the allocation-free rewrite (issue 7), kept verbatim as the oracle the fast
// matcher is compared against: same mentions, in the same order, with the same fields. Test code only.
using System.Collections.Immutable;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions.Legacy;

/// <summary>
/// What alias matching walks over: the tokens of a text, with every hyphenated token replaced by its parts
/// (Ankara-Damascus → Ankara, Damascus). Aliases are cut the same way, so "al-Assad" in a dictionary matches
/// "al-Assad" and "al Assad" in a text, and one part of a compound ("Russian-led") can still be a mention.
/// </summary>
internal readonly record struct LegacyMatchUnit(string Folded, int Start, int End, int Token, bool IsWordLike)
{
    public ReadOnlySpan<char> Original(string text) => text.AsSpan(Start, End - Start);

    public static ImmutableArray<LegacyMatchUnit> Of(string text, ImmutableArray<Token> tokens, ImmutableArray<string> foldedTokens)
    {
        var units = ImmutableArray.CreateBuilder<LegacyMatchUnit>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsHyphenated(text))
            {
                foreach (var part in token.Parts(text))
                {
                    units.Add(new LegacyMatchUnit(TextFolding.Fold(part.Slice(text), foldDiacritics: true), part.Start, part.End, i, part.IsWordLike));
                }
            }
            else
            {
                units.Add(new LegacyMatchUnit(foldedTokens[i], token.Start, token.End, i, token.IsWordLike));
            }
        }

        return units.ToImmutable();
    }

    /// <summary>The units of a dictionary form such as "Hossein Amir-Abdollahian".</summary>
    public static ImmutableArray<LegacyMatchUnit> OfForm(string form)
    {
        var tokens = Tokenizer.Tokenize(form);
        return Of(form, tokens, [.. tokens.Select(t => TextFolding.Fold(t.Slice(form), foldDiacritics: true))]);
    }
}
