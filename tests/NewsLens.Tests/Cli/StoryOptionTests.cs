using NewsLens.Cli.Commands;
using NewsLens.Text;

namespace NewsLens.Tests.Cli;

public sealed class StoryOptionTests
{
    [Fact]
    public void Given_a_story_file_When_the_run_story_is_resolved_Then_the_corpus_is_never_read_for_a_draft()
    {
        var error = new StringWriter();

        var story = StoryOption.Resolve(Path.Combine(TestCorpora.Seeds, "story.json"), TestCorpora.Seeds, () => throw new InvalidOperationException("read"), error);

        Assert.False(story.IsDrafted);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Given_no_story_file_When_the_run_story_is_resolved_Then_it_is_drafted_from_the_corpus_and_said_so()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", "{\"id\":\"a1\",\"text\":\"Talks resumed in Moscow with Lavrov and Cavusoglu.\"}\n");
        var error = new StringWriter();
        var asked = 0;

        var story = StoryOption.Resolve(null, path, () => { asked++; return NewsLens.Corpora.CorpusReader.Read(path).Tokenize(); }, error);

        Assert.True(story.IsDrafted);
        Assert.Equal(1, asked);
        Assert.Contains(NewsLens.Stories.Story.DraftedNote, error.ToString(), StringComparison.Ordinal);
    }
}
