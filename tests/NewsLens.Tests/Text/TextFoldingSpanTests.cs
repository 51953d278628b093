using FsCheck;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class TextFoldingSpanTests
{
    [Property(Arbitrary = [typeof(NewsTextArbitrary)], MaxTest = 2000)]
    public bool Given_random_news_text_When_folded_into_a_span_Then_it_equals_Fold(NewsText text)
    {
        Span<char> buffer = stackalloc char[text.Value.Length * 3 + 8];
        var folded = TextFolding.TryFold(text.Value, buffer, out var written);
        return folded && buffer[..written].ToString() == TextFolding.Fold(text.Value);
    }

    [Fact]
    public void Given_a_lone_surrogate_When_folded_into_a_span_Then_it_becomes_a_replacement_character_as_in_Fold()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.True(TextFolding.TryFold("a\u0301\uD83D", buffer, out var written));
        Assert.Equal("\u00E1\uFFFD", buffer[..written].ToString());
        Assert.Equal("\u00E1\uFFFD", TextFolding.Fold("a\u0301\uD83D"));
    }

    [Property(MaxTest = 1000)]
    public bool Given_any_string_When_folded_into_a_span_Then_it_equals_Fold_or_reports_no_room(NonNull<string> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Get.Length * 3 + 8, 300)];
        return !TextFolding.TryFold(text.Get, buffer, out var written) || buffer[..written].ToString() == TextFolding.Fold(text.Get);
    }

    [Theory]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("Türkiye\u2019s", "türkiye's")]
    [InlineData("C\u0327avus\u0327og\u0306lu", "çavuşoğlu")]
    public void Given_a_word_When_folded_into_a_span_Then_it_is_lower_case_NFC(string word, string expected)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(TextFolding.TryFold(word, buffer, out var written));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void Given_a_destination_too_short_When_folded_Then_it_reports_false()
    {
        Span<char> buffer = stackalloc char[3];
        Assert.False(TextFolding.TryFold("Moscow", buffer, out _));
    }
}
