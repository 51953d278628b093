using FsCheck.Xunit;
using NewsLens.Mentions;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class AsciiTextTests
{
    [Property(MaxTest = 500)]
    public bool Given_any_string_When_folded_on_the_stack_Then_it_is_the_diacritic_fold_or_declined(string? text)
    {
        text ??= "";
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        return !AsciiText.TryFold(text, buffer)
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

        Assert.True(AsciiText.TryFold(text, buffer));
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

        Assert.False(AsciiText.TryFold(text, buffer));
    }

    [Fact]
    public void Given_a_unit_longer_than_the_buffer_When_folded_on_the_stack_Then_it_is_declined()
    {
        Span<char> buffer = stackalloc char[MatchUnit.StackFoldLimit];

        Assert.False(AsciiText.TryFold(new string('a', MatchUnit.StackFoldLimit + 1), buffer));
    }

    [Property(MaxTest = 300)]
    public bool Given_plain_ASCII_When_folded_by_character_Then_it_is_the_fold_with_or_without_diacritics(string? text)
    {
        var ascii = new string((text ?? "").Select(c => (char)(c % 0x7F)).ToArray());
        var byCharacter = new string(ascii.Select(AsciiText.Fold).ToArray());

        return byCharacter == TextFolding.Fold(ascii) && byCharacter == TextFolding.Fold(ascii, foldDiacritics: true);
    }
}
