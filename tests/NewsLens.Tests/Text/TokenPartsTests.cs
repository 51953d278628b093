using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class TokenPartsTests
{
    [Fact]
    public void Given_a_hyphenated_name_When_split_into_parts_Then_each_part_keeps_its_offsets()
    {
        const string text = "the Ankara-Damascus track";
        var token = Tokenizer.Tokenize(text)[1];

        var parts = token.Parts(text);

        Assert.True(token.IsHyphenated(text));
        Assert.Equal(["Ankara", "Damascus"], parts.Select(p => p.ToString(text)));
        Assert.Equal(text.IndexOf("Damascus", StringComparison.Ordinal), parts[1].Start);
    }

    [Fact]
    public void Given_a_plain_word_When_split_into_parts_Then_it_is_its_own_part()
    {
        const string text = "Moscow";
        var token = Tokenizer.Tokenize(text)[0];

        Assert.Equal(new[] { token }, token.Parts(text).ToArray());
    }
}
