using System.Buffers;
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
    /// <summary>Longest plain-ASCII unit folded on the stack by <see cref="TextFolding.TryFold"/>; longer ones take the string path.</summary>
    public const int StackFoldLimit = 64;

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

    /// <summary>
    /// The units of a text as character ranges only (what <see cref="Of"/> gives without folding anything), written
    /// into <paramref name="buffer"/>, a rented array that is swapped for a larger rented one when the hyphen parts do
    /// not fit. Returns the number of units. Hyphens and characters beyond ASCII are found by vectorised searches over
    /// the whole text, so a token costs a few comparisons whatever its length.
    /// </summary>
    public static int Spans(string text, ReadOnlySpan<Token> tokens, ref UnitSpan[] buffer)
    {
        var count = 0;
        var hyphens = new NextOf(text, Tokenizer.Hyphens, text.Length);
        var nonAscii = new NextOf(text, null, text.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            // TokenParts.IsHyphenated: a word whose first hyphen is not its first character.
            var token = tokens[i];
            var hyphen = hyphens.AtOrAfter(token.Start);
            if (token.Kind != TokenKind.Word || hyphen <= token.Start || hyphen >= token.End)
            {
                Add(ref buffer, ref count, new UnitSpan(token.Start, token.End, i, nonAscii.AtOrAfter(token.Start) >= token.End), tokens.Length - i);
                continue;
            }

            // Exactly the parts of TokenParts.Parts: the runs between hyphens, empty runs dropped.
            var partStart = token.Start;
            for (var c = token.Start; c <= token.End; c++)
            {
                if (c == token.End || Tokenizer.IsHyphen(text[c]))
                {
                    if (c > partStart)
                    {
                        Add(ref buffer, ref count, new UnitSpan(partStart, c, i, nonAscii.AtOrAfter(partStart) >= c), tokens.Length - i);
                    }

                    partStart = c + 1;
                }
            }
        }

        return count;
    }

    private static void Add(ref UnitSpan[] buffer, ref int count, UnitSpan unit, int tokensLeft)
    {
        if (count == buffer.Length)
        {
            var larger = ArrayPool<UnitSpan>.Shared.Rent(Math.Max(buffer.Length * 2, count + tokensLeft));
            buffer.AsSpan(0, count).CopyTo(larger);
            ArrayPool<UnitSpan>.Shared.Return(buffer);
            buffer = larger;
        }

        buffer[count++] = unit;
    }
}

/// <summary>
/// A unit's characters [<see cref="Start"/>, <see cref="End"/>), the index of the token it is (part of), and whether
/// all its characters are ASCII below U+007F (then folding is <see cref="TextFolding.FoldChar"/> of each).
/// </summary>
internal readonly record struct UnitSpan(int Start, int End, int Token, bool Ascii);
