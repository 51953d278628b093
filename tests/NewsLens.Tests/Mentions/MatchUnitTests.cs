using System.Buffers;
using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Mentions;

public sealed class MatchUnitTests
{
    [Property(MaxTest = 500)]
    public bool Given_any_string_When_folded_on_the_stack_Then_it_is_the_diacritic_fold_or_declined(string? text)
    {
        text ??= "";
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        return !MatchUnit.TryFoldAscii(text, buffer)
            || buffer[..text.Length].SequenceEqual(TextFolding.Fold(text, foldDiacritics: true));
    }

    [Theory]
    [InlineData("Ankara", "ankara")]
    [InlineData("AL`ASSAD'S", "al'assad's")]
    [InlineData("u.s.", "u.s.")]
    [InlineData("Ctrl\u0001", "ctrl\u0001")]
    public void Given_plain_ASCII_When_folded_on_the_stack_Then_upper_case_is_lowered_and_backtick_is_an_apostrophe(string text, string expected)
    {
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        Assert.True(MatchUnit.TryFoldAscii(text, buffer));
        Assert.Equal(expected, buffer[..text.Length].ToString());
        Assert.Equal(expected, TextFolding.Fold(text, foldDiacritics: true));
    }

    [Theory]
    [InlineData("Türkiye")]
    [InlineData("DEL\u007F")]
    [InlineData("“")]
    public void Given_a_unit_beyond_plain_ASCII_When_folded_on_the_stack_Then_it_is_declined(string text)
    {
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        Assert.False(MatchUnit.TryFoldAscii(text, buffer));
    }

    [Fact]
    public void Given_a_unit_longer_than_the_buffer_When_folded_on_the_stack_Then_it_is_declined()
    {
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        Assert.False(MatchUnit.TryFoldAscii(new string('a', MatchUnit.StackFoldLimit + 1), buffer));
    }

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
