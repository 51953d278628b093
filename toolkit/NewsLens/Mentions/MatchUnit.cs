using System.Collections.Immutable;
using NewsLens.Text;

namespace NewsLens.Mentions;

/// <summary>
/// What alias matching walks over: the tokens of a text, with every hyphenated token replaced by its parts
/// (Ankara-Damascus → Ankara, Damascus). Aliases are cut the same way, so "al-Assad" in a dictionary matches
/// "al-Assad" and "al Assad" in a text, and one part of a compound ("Russian-led") can still be a mention.
/// </summary>
internal readonly record struct MatchUnit(string Folded, int Start, int End, int Token, bool IsWordLike)
{
    public ReadOnlySpan<char> Original(string text) => text.AsSpan(Start, End - Start);

    public static ImmutableArray<MatchUnit> Of(string text, ImmutableArray<Token> tokens, ImmutableArray<string> foldedTokens)
    {
        var units = ImmutableArray.CreateBuilder<MatchUnit>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.IsHyphenated(text))
            {
                foreach (var part in token.Parts(text))
                {
                    units.Add(new MatchUnit(TextFolding.Fold(part.Slice(text), foldDiacritics: true), part.Start, part.End, i, part.IsWordLike));
                }
            }
            else
            {
                units.Add(new MatchUnit(foldedTokens[i], token.Start, token.End, i, token.IsWordLike));
            }
        }

        return units.ToImmutable();
    }

    /// <summary>The units of a dictionary form such as "Hossein Amir-Abdollahian".</summary>
    public static ImmutableArray<MatchUnit> OfForm(string form)
    {
        var tokens = Tokenizer.Tokenize(form);
        return Of(form, tokens, [.. tokens.Select(t => TextFolding.Fold(t.Slice(form), foldDiacritics: true))]);
    }
}
