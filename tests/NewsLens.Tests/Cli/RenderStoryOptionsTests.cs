using NewsLens.Cli;

namespace NewsLens.Tests.Cli;

/// <summary>`render --story`, `--target` and `--outlet-from` become notebook parameters; story and targets are checked before anything runs.</summary>
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

    [Fact]
    public void Given_a_CSV_with_only_URLs_When_rendered_with_outlet_from_url_Then_the_page_lists_each_registered_domain_as_an_outlet()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "corpus"));
        var corpus = Path.Combine(folder.Path, "corpus", "articles.csv");
        File.WriteAllText(corpus, """
            id,url,text
            a1,https://www.docksidenews.co.uk/2024/strike,"Port workers began a strike on Monday. The union said talks had failed."
            a2,https://news.harbourtimes.com/story/42,"The port authority said the strike would end soon. Talks resume on Friday."
            """);

        var report = Path.Combine(folder.Path, "report");
        var (code, _, error) = CliRun.Run("render", CorpusNotebook, "--corpus", corpus, "--outlet-from", "url", "--out", report);

        Assert.True(code == 0, error);
        var page = File.ReadAllText(Path.Combine(report, "01-corpus.html"));
        Assert.Contains("docksidenews.co.uk", page, StringComparison.Ordinal);
        Assert.Contains("harbourtimes.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("news.harbourtimes", page, StringComparison.Ordinal);
    }
}
