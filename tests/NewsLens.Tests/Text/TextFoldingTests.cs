using FsCheck.Xunit;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("Diyarbakır", "diyarbakir")]
    [InlineData("TÜRKİYE", "türkiye")]
    [InlineData("Russia’s", "russia's")]
    [InlineData("“quartet”", "\"quartet\"")]
    [InlineData("Ankara–Damascus", "ankara-damascus")]
    public void Given_text_When_case_folded_Then_turkish_i_quotes_and_dashes_are_normalised(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Theory]
    [InlineData("Çavuşoğlu", "cavusoglu")]
    [InlineData("Mevlüt", "mevlut")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Straße", "strasse")]
    public void Given_text_When_diacritics_are_folded_Then_it_matches_the_ascii_spelling(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input, foldDiacritics: true));
    }

    [Property(MaxTest = 300)]
    public bool Given_plain_ASCII_When_folded_by_character_Then_it_is_the_fold_with_or_without_diacritics(string? text)
    {
        var ascii = new string([.. (text ?? "").Select(c => (char)(c % 0x7F))]);
        var byCharacter = new string([.. ascii.Select(TextFolding.FoldChar)]);

        return byCharacter == TextFolding.Fold(ascii) && byCharacter == TextFolding.Fold(ascii, foldDiacritics: true);
    }

    [Fact]
    public void Given_every_utf16_code_unit_When_folded_by_table_Then_it_equals_the_culture_invariant_rules()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(TextFolding.FoldCharSlowly((char)c), TextFolding.FoldChar((char)c));
        }

        Assert.Equal('i', TextFolding.FoldChar('\u0130'));
        Assert.Equal('ç', TextFolding.FoldChar('Ç'));
        Assert.Equal('-', TextFolding.FoldChar('\u2014'));
    }

    [Fact]
    public void Given_diacritic_folding_off_When_folded_Then_accents_stay()
    {
        Assert.Equal("çavuşoğlu", TextFolding.Fold("Çavuşoğlu"));
    }

    [Fact]
    public void Given_decomposed_and_composed_forms_When_folded_Then_they_are_equal()
    {
        Assert.Equal(TextFolding.Fold("Mevlu\u0308t"), TextFolding.Fold("Mevlüt"));
    }
}
