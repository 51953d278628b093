using System.Text;
using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.ToString(text))];

    [Theory]
    [InlineData("The U.S. said", new[] { "The", "U.S.", "said" })]
    [InlineData("e.g. this", new[] { "e.g.", "this" })]
    [InlineData("3.5 million", new[] { "3.5", "million" })]
    [InlineData("1,200 people", new[] { "1,200", "people" })]
    [InlineData("Russia's role", new[] { "Russia", "'s", "role" })]
    [InlineData("Russia’s role", new[] { "Russia", "’s", "role" })]
    [InlineData("al-Assad met", new[] { "al-Assad", "met" })]
    [InlineData("Ankara-Damascus talks", new[] { "Ankara-Damascus", "talks" })]
    [InlineData("a 12-year-long war", new[] { "a", "12-year-long", "war" })]
    [InlineData("“talks” end.", new[] { "“", "talks", "”", "end", "." })]
    [InlineData("Mr. Lavrov", new[] { "Mr", ".", "Lavrov" })]
    [InlineData("well - known", new[] { "well", "-", "known" })]
    public void Given_news_text_When_tokenised_Then_news_rules_apply(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void Given_decomposed_accents_When_tokenised_Then_the_word_is_not_split()
    {
        var decomposed = "C\u0327avus\u0327og\u0306lu spoke".Normalize(NormalizationForm.FormD);

        var words = Words(decomposed);

        Assert.Equal(2, words.Length);
        Assert.Equal(decomposed.Split(' ')[0], words[0]);
    }

    [Fact]
    public void Given_a_possessive_When_tokenised_Then_the_clitic_has_its_own_kind()
    {
        var tokens = Tokenizer.Tokenize("Syria’s territory");

        Assert.Equal([TokenKind.Word, TokenKind.Possessive, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Given_numbers_and_punctuation_When_tokenised_Then_kinds_are_classified()
    {
        var tokens = Tokenizer.Tokenize("In 2011, $5 fell!");

        Assert.Equal(
            [TokenKind.Word, TokenKind.Number, TokenKind.Punctuation, TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation],
            tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Given_text_When_tokenised_Then_tokens_are_views_with_offsets_into_it()
    {
        const string text = "Lavrov said: “momentum”.";

        var tokens = Tokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(text.Substring(t.Start, t.Length), t.Slice(text).ToString()));
        Assert.Equal(13, tokens.Single(t => t.ToString(text) == "momentum").Start - 1);
    }

    [Fact]
    public void Given_the_span_enumerator_When_enumerated_Then_it_yields_the_same_tokens_as_tokenize()
    {
        const string text = "Türkiye’s FM Mevlüt Çavuşoğlu met al-Miqdad on Dec. 28, 2022.";
        var viaSpan = new List<Token>();
        foreach (var token in Tokenizer.Enumerate(text.AsSpan()))
        {
            viaSpan.Add(token);
        }

        Assert.Equal(Tokenizer.Tokenize(text), viaSpan);
    }

    [Fact]
    public void Given_only_whitespace_When_tokenised_Then_there_are_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u00A0 "));
    }
}
