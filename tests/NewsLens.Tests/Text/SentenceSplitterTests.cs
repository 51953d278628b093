using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        [.. SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => s.ToString(text))];

    [Theory]
    [InlineData("Mr. Lavrov spoke. He left.", new[] { "Mr. Lavrov spoke.", "He left." })]
    [InlineData("They met on Dec. 28 in Moscow. Talks followed.", new[] { "They met on Dec. 28 in Moscow.", "Talks followed." })]
    [InlineData("It was No. 5 on the list. Next.", new[] { "It was No. 5 on the list.", "Next." })]
    [InlineData("The U.S. Secretary of State spoke. Later he left.", new[] { "The U.S. Secretary of State spoke.", "Later he left." })]
    [InlineData("Aid came from the U.S. The talks went on.", new[] { "Aid came from the U.S.", "The talks went on." })]
    [InlineData("The U.S. has no interest in this reconciliation.", new[] { "The U.S. has no interest in this reconciliation." })]
    [InlineData("Dr. Smith and Gen. Jones met.", new[] { "Dr. Smith and Gen. Jones met." })]
    public void Given_abbreviations_When_split_Then_no_break_inside_the_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Theory]
    [InlineData("He said, “We agree.” Then he left.", new[] { "He said, “We agree.”", "Then he left." })]
    [InlineData("“Why now?” she asked. Nobody knew.", new[] { "“Why now?” she asked.", "Nobody knew." })]
    [InlineData("\"Enough!\" he shouted. It ended.", new[] { "\"Enough!\" he shouted.", "It ended." })]
    [InlineData("“It is over.” The minister left.", new[] { "“It is over.”", "The minister left." })]
    public void Given_closing_quotes_When_split_Then_breaks_fall_after_the_quote_and_only_where_a_sentence_ends(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Fact]
    public void Given_a_headline_line_without_punctuation_When_split_Then_it_is_its_own_sentence()
    {
        Assert.Equal(["Talks resume in Moscow", "Ministers met."], Sentences("Talks resume in Moscow\nMinisters met."));
    }

    [Fact]
    public void Given_sentences_When_split_Then_each_knows_its_tokens()
    {
        const string text = "Ankara agreed. Damascus did not.";
        var tokens = Tokenizer.Tokenize(text);

        var sentences = SentenceSplitter.Split(text, tokens);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(["Damascus", "did", "not", "."], tokens.AsSpan().Slice(sentences[1].FirstToken, sentences[1].TokenCount).ToArray().Select(t => t.ToString(text)));
    }
}
