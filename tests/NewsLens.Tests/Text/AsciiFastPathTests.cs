using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

/// <summary>Random text built from pieces that exercise every rule near the ASCII fast paths.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => string.Concat(Value.Select(c => c < 0x7F && c >= 0x20 ? c.ToString() : $"\\u{(int)c:X4}"));
}

public static class NewsTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "q", "3", "0", "word", "Syria", "2023", " ", "  ", "\n", "\r\n", "\r", "\t", ".", "'", "\u2019", ":", "-",
        "\u2010", "\u2011", "_", ",", ";", "\"", "\u201C", "\u201D", "(", "!", "?", "é", "e\u0301", "Ç", "ş", "İ", "ı", "ğ",
        "\u0301", "\u0327", "\u200D", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "א", "カ", "😀", "🇹🇷", "\uD83D", "U.S.", "al-Assad",
        "Assad's", "Türkiye\u2019s", "3.5", "1,200", "e.g.", "…", "—", "\u2028", "\u0085", "\v", "\f", "`", "s", "S",
    ];

    public static Arbitrary<NewsText> Texts() =>
        Arb.From(Gen.Elements(Pieces).ArrayOf().Select(parts => new NewsText(string.Concat(parts))));
}

public sealed class AsciiFastPathTests
{
    [Property(MaxTest = 2000)]
    public bool Given_any_code_units_When_alphanumerics_are_skipped_Then_the_run_ends_where_a_char_by_char_scan_ends(char[] units, byte from)
    {
        var text = new string(units ?? []);
        var start = text.Length == 0 ? 0 : from % text.Length;
        var expected = start;
        while (expected < text.Length && char.IsAsciiLetterOrDigit(text[expected]))
        {
            expected++;
        }

        return AsciiFastPath.SkipAlphanumeric(text, start) == expected;
    }

    [Fact]
    public void Given_every_code_unit_after_a_long_ascii_word_When_skipped_Then_only_ascii_letters_and_digits_continue_the_run()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "Normalisation" + (char)c + "talks";
            var expected = char.IsAsciiLetterOrDigit((char)c) ? text.Length : 13;
            Assert.Equal(expected, AsciiFastPath.SkipAlphanumeric(text, 0));
        }
    }

    [Property(Arbitrary = [typeof(NewsTextArbitrary)], MaxTest = 2000)]
    public bool Given_random_news_text_When_tokenised_with_and_without_fast_paths_Then_tokens_are_identical(NewsText text) =>
        Tokenizer.Tokenize(text.Value, fastPath: true).SequenceEqual(Tokenizer.Tokenize(text.Value, fastPath: false));

    [Property(Arbitrary = [typeof(NewsTextArbitrary)], MaxTest = 2000)]
    public bool Given_random_news_text_When_segmented_with_and_without_fast_paths_Then_word_boundaries_are_identical(NewsText text) =>
        WordBoundariesTests.Segment(text.Value, (t, p) => WordBoundaries.NextBoundary(t, p, fastPath: true))
            .SequenceEqual(WordBoundariesTests.Segment(text.Value, (t, p) => WordBoundaries.NextBoundary(t, p, fastPath: false)));

    [Property(MaxTest = 1000)]
    public bool Given_any_string_When_tokenised_with_and_without_fast_paths_Then_tokens_are_identical(NonNull<string> text) =>
        Tokenizer.Tokenize(text.Get, fastPath: true).SequenceEqual(Tokenizer.Tokenize(text.Get, fastPath: false));

    [Fact]
    public void Given_the_unicode_word_break_test_When_segmented_by_the_general_path_only_Then_at_least_99_percent_pass()
    {
        var cases = ConformanceCases.Read("WordBreakTest.txt");
        var failures = cases.Count(c => !c.Expected.SequenceEqual(WordBoundariesTests.Segment(c.Text, (t, p) => WordBoundaries.NextBoundary(t, p, fastPath: false))));
        Assert.True(failures <= cases.Count / 100, $"{failures} of {cases.Count} failed");
    }

    [Theory]
    [InlineData("Türkiye and Syria met.", new[] { "Türkiye", "and", "Syria", "met", "." })]
    [InlineData("U.S. officials, al-Assad's team", new[] { "U.S.", "officials", ",", "al-Assad", "'s", "team" })]
    [InlineData("talks  in\r\nMoscow 3rd 1,200 x,1", new[] { "talks", "in", "Moscow", "3rd", "1,200", "x", ",", "1" })]
    public void Given_news_text_When_tokenised_Then_fast_and_general_paths_give_these_tokens(string text, string[] expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(text, fastPath: true).Select(t => t.ToString(text)));
        Assert.Equal(expected, Tokenizer.Tokenize(text, fastPath: false).Select(t => t.ToString(text)));
    }
}
