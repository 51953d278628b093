using NewsLens.Stories;

namespace NewsLens.Tests.Stories;

public sealed class StoryTests
{
    [Fact]
    public void Given_no_file_When_the_default_story_is_asked_for_Then_it_and_its_dictionaries_come_from_the_toolkit()
    {
        var story = Story.Default;

        Assert.True(story.IsBuiltIn);
        Assert.Equal(Story.BuiltInSource, story.Source);
        Assert.Null(story.ActorsPath);
        Assert.NotEmpty(story.Process.Relations);
        Assert.True(story.LoadActors().Count > 0);
        Assert.NotEmpty(story.LoadFraming().Groups);
        Assert.NotEmpty(story.LoadStanceLexicon().Targets);
    }

    [Fact]
    public void Given_a_corpus_with_a_story_next_to_it_When_resolved_without_a_story_path_Then_that_story_is_used()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Some text.");
        folder.Write("story.json", """{"name": "Harbour", "process": {"relations": ["pay deal"]}}""");

        var story = Story.Resolve(folder.Path, "");

        Assert.Equal("Harbour", story.Name);
        Assert.False(story.IsBuiltIn);
    }

    [Fact]
    public void Given_a_story_path_When_resolved_Then_it_wins_over_the_story_next_to_the_corpus()
    {
        using var folder = new TempFolder();
        folder.Write("story.json", """{"name": "Beside", "process": {"relations": ["x"]}}""");
        var other = folder.Write("other.json", """{"name": "Given", "process": {"relations": ["y"]}}""");

        Assert.Equal("Given", Story.Resolve(folder.Path, other).Name);
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_resolved_Then_the_default_story_is_used()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Some text.");

        Assert.Same(Story.Default, Story.Resolve(folder.Path, null));
    }

    [Fact]
    public void Given_a_story_naming_no_dictionaries_When_they_are_loaded_Then_they_are_empty()
    {
        using var folder = new TempFolder();
        var file = folder.Write("story.json", """{"process": {"relations": ["pay deal"]}, "labels": {"outlet": "paper"}}""");

        var story = Story.Load(file);

        Assert.Equal(0, story.LoadActors().Count);
        Assert.Empty(story.LoadFraming().Groups);
        Assert.Equal("paper", story.Label("outlet"));
        Assert.Equal("article", story.Label("article"));
    }
}
