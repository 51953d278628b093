using NewsLens.Text;

namespace NewsLens.Tests.Text;

public sealed class StopWordsTests
{
    [Fact]
    public void Given_the_english_list_When_queried_Then_case_does_not_matter()
    {
        Assert.True(StopWords.English.Contains("The"));
        Assert.False(StopWords.English.Contains("Moscow"));
    }

    [Fact]
    public void Given_an_edited_list_When_words_are_added_and_removed_Then_the_original_is_unchanged()
    {
        var edited = StopWords.English.With("said").Without("not");

        Assert.True(edited.Contains("said"));
        Assert.False(edited.Contains("not"));
        Assert.True(StopWords.English.Contains("not"));
    }

    [Fact]
    public void Given_a_file_with_comments_When_parsed_Then_comments_and_blank_lines_are_ignored()
    {
        var list = StopWords.Parse("# my list\nsaid  # reporting verb\n\nalso\n");

        Assert.Equal(["also", "said"], list.Words.Order());
    }
}
