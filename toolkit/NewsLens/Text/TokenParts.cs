using System.Collections.Immutable;

namespace NewsLens.Text;

/// <summary>The parts of a hyphenated token (al-Assad → al, Assad), as tokens with offsets into the same text.</summary>
public static class TokenParts
{
    public static bool IsHyphenated(this Token token, string text) =>
        token.Kind == TokenKind.Word && token.Slice(text).IndexOfAny(Tokenizer.Hyphens) > 0;

    public static ImmutableArray<Token> Parts(this Token token, string text)
    {
        if (!token.IsHyphenated(text))
        {
            return [token];
        }

        var builder = ImmutableArray.CreateBuilder<Token>();
        var partStart = token.Start;
        for (var i = token.Start; i <= token.End; i++)
        {
            if (i == token.End || Tokenizer.IsHyphen(text[i]))
            {
                if (i > partStart)
                {
                    var kind = char.IsDigit(text[partStart]) ? TokenKind.Number : TokenKind.Word;
                    builder.Add(new Token(partStart, i - partStart, kind));
                }

                partStart = i + 1;
            }
        }

        return builder.ToImmutable();
    }
}
