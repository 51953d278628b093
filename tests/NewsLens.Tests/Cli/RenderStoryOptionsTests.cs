using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

/// <summary>`render --story` and `render --target` become notebook parameters; both are checked before anything runs.</summary>
public sealed class RenderStoryOptionsTests
{
    private static string CorpusNotebook => Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb");

    [Fact]
    public void Given_a_story_file_that_does_not_exist_When_rendered_Then_it_fails_naming_it()
    {
        using var folder = new TempFolder();

        var (code, _, error) = CliRun.Run("render", CorpusNotebook, "--story", "/nonexistent/story.json", "--out", Path.Combine(folder.Path, "report"));

        Assert.Equal(1, code);
        Assert.Equal("newslens: --story /nonexistent/story.json: no such file.\n", error.Replace("\r", "", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "report")));
    }

    [Fact]
    public void Given_targets_When_rendered_with_a_notebook_that_takes_none_Then_they_arrive_as_the_targets_parameter()
    {
        using var folder = new TempFolder();

        var (code, _, error) = CliRun.Run("render", CorpusNotebook, "--target", "pay deal", "--target", "wage talks", "--out", Path.Combine(folder.Path, "report"));

        Assert.Equal(1, code);
        Assert.StartsWith("newslens: --param targets=pay deal;wage talks: no notebook being rendered has a parameter \"targets\"", error, StringComparison.Ordinal);
    }
}
