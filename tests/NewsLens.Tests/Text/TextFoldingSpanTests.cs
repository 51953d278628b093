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
        return IsValidUtf16(text.Value)
            ? folded && buffer[..written].ToString() == TextFolding.Fold(text.Value)
            : !folded && Assert.Throws<ArgumentException>(() => TextFolding.Fold(text.Value)) is not null;
    }

    [Fact]
    public void Given_a_lone_surrogate_When_folded_into_a_span_Then_it_reports_false_where_Fold_throws()
    {
        Span<char> buffer = stackalloc char[8];
        Assert.False(TextFolding.TryFold("a\u0301\uD83D", buffer, out _));
        Assert.Throws<ArgumentException>(() => TextFolding.Fold("a\u0301\uD83D"));
    }

    [Property(MaxTest = 1000)]
    public bool Given_any_valid_string_When_folded_into_a_span_Then_it_equals_Fold_or_reports_no_room(NonNull<string> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Get.Length * 3 + 8, 300)];
        return !IsValidUtf16(text.Get) || !TextFolding.TryFold(text.Get, buffer, out var written) || buffer[..written].ToString() == TextFolding.Fold(text.Get);
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
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
