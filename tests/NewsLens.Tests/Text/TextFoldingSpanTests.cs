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

    [Fact]
    public void Given_every_ascii_character_at_every_place_of_a_four_character_block_When_folded_into_a_span_Then_it_equals_Fold()
    {
        Span<char> buffer = stackalloc char[64];
        for (var c = 0; c < 0x80; c++)
        {
            for (var place = 0; place < 4; place++)
            {
                var text = "AbZq" + "mNoP".Remove(place, 1).Insert(place, ((char)c).ToString()) + "Xy`z" + (char)c;
                Assert.True(TextFolding.TryFold(text, buffer, out var written));
                Assert.Equal(TextFolding.Fold(text.AsSpan()), buffer[..written].ToString());
            }
        }
    }

    [Property(MaxTest = 1000)]
    public bool Given_any_ascii_text_When_folded_into_a_span_Then_it_equals_Fold(char[] units)
    {
        var text = new string([.. (units ?? []).Take(200).Select(c => (char)(c & 0x7F))]);
        Span<char> buffer = stackalloc char[256];
        return TextFolding.TryFold(text, buffer, out var written) && buffer[..written].SequenceEqual(TextFolding.Fold(text.AsSpan()));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(300)]
    public void Given_a_word_shorter_or_longer_than_the_buffer_When_folded_into_it_Then_it_is_the_fold_either_way(int repeats)
    {
        var word = string.Concat(Enumerable.Repeat("İs", repeats));
        Span<char> buffer = stackalloc char[256];

        var folded = TextFolding.FoldInto(word, buffer);

        Assert.Equal(TextFolding.Fold(word.AsSpan()), folded.ToString());
        Assert.Equal(word.Length <= buffer.Length, buffer.Overlaps(folded));
    }

    [Property(MaxTest = 500)]
    public bool Given_plain_ascii_When_folded_into_a_span_Then_it_is_also_the_diacritic_fold(string? text)
    {
        var ascii = new string([.. (text ?? "").Select(c => (char)(c % 0x7F))]);
        Span<char> buffer = stackalloc char[Math.Max(1, ascii.Length)];

        return TextFolding.TryFold(ascii, buffer, out var written)
            && buffer[..written].SequenceEqual(TextFolding.Fold(ascii, foldDiacritics: true));
    }

    [Theory]
    [InlineData("Ankara", "ankara")]
    [InlineData("AL`ASSAD'S", "al'assad's")]
    [InlineData("u.s.", "u.s.")]
    [InlineData("Ctrl\u0001", "ctrl\u0001")]
    public void Given_plain_ASCII_When_folded_into_a_span_Then_upper_case_is_lowered_and_backtick_is_an_apostrophe(string text, string expected)
    {
        Span<char> buffer = stackalloc char[64];

        Assert.True(TextFolding.TryFold(text, buffer, out var written));
        Assert.Equal(expected, buffer[..written].ToString());
        Assert.Equal(expected, TextFolding.Fold(text, foldDiacritics: true));
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
