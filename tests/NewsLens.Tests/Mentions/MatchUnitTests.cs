using System.Buffers;
using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

public sealed class MatchUnitTests
{
    [Property(MaxTest = 300)]
    public bool Given_any_text_When_cut_into_unit_spans_Then_they_are_the_units_without_folding(string? text, bool smallBuffer)
    {
        var compounds = string.Concat(Enumerable.Repeat(" Ankara-Damascus al--Assad -x- x- Syria‐Turkey-Russia Türkiye-Syria-", 6));
        var article = TestCorpora.Tokenized(string.Join(" - ", (text ?? "").Split('x')) + compounds);
        var expected = MatchUnit.Of(article.Text, article.Tokens, article.Folded(foldDiacritics: true));
        var buffer = ArrayPool<UnitSpan>.Shared.Rent(smallBuffer ? 1 : article.Tokens.Length + 16); // a small one must grow

        var count = MatchUnit.Spans(article.Text, article.Tokens.AsSpan(), ref buffer);

        var same = expected.Select(u => new UnitSpan(u.Start, u.End, u.Token, !u.Original(article.Text).ContainsAnyExceptInRange('\u0000', '\u007E')))
            .SequenceEqual(buffer.Take(count));
        ArrayPool<UnitSpan>.Shared.Return(buffer);
        return same && expected.Length > 40;
    }
}
