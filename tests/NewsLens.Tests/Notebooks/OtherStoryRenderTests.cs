using System.Collections.Immutable;
using System.Net;
using NewsLens.Cli;
using NewsLens.Notebooks;
using NewsLens.Tests.Cli;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Issue 11's "done when": a corpus about another process (a port strike; outlets given by URL and outlet columns,
/// one article all in lower case) gets a story from `story init`, and every notebook renders on it and describes it,
/// with no word of the seed story on the pages.
/// </summary>
public sealed class OtherStoryRenderFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newslens-other-story-" + Guid.NewGuid().ToString("N"));

    public string Corpus => Path.Combine(Root, "corpus", "articles.csv");

    public string Report => Path.Combine(Root, "report");

    public string StoryOptionReport => Path.Combine(Root, "story-option");

    public ImmutableArray<NotebookRun> Runs { get; private set; }

    public (int Code, string Output, string Error) Init { get; private set; }

    public (int Code, string Output, string Error) StoryOptionRender { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Corpus)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv"), Corpus);
        Init = CliRun.Run("story", "init", Corpus);
        Runs = await ReportRenderer.RenderAsync(ReportRenderer.FindNotebooks([RepositoryPaths.Notebooks]), Report, Corpus, [], RunOptions.DefaultCellTimeout);

        // --story on render: the seeds' corpus read with this corpus's story.
        StoryOptionRender = CliRun.Run("render", Path.Combine(RepositoryPaths.Notebooks, "01-corpus.ipynb"), "--corpus", RepositoryPaths.Seeds,
            "--story", Path.Combine(Path.GetDirectoryName(Corpus)!, "story.json"), "--out", StoryOptionReport);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files only.
        }

        return Task.CompletedTask;
    }
}

[Collection(NotebookRunCollection.Name)]
public sealed class OtherStoryRenderTests(OtherStoryRenderFixture fixture) : IClassFixture<OtherStoryRenderFixture>
{

    [Fact]
    public void Given_the_other_story_corpus_When_story_init_runs_and_every_notebook_is_rendered_Then_no_cell_fails()
    {
        Assert.True(fixture.Init.Code == 0, fixture.Init.Error);
        var failures = fixture.Runs.Where(r => !r.Succeeded).Select(r => r.FailureSummary + "\n" + r.Failure!.Error?.Detail).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Length, fixture.Runs.Length);
    }

    [Theory]
    [InlineData("01-corpus")]
    [InlineData("02-mentions")]
    [InlineData("03-sentiment")]
    [InlineData("04-sources")]
    public void Given_the_other_story_report_When_read_Then_no_seed_specific_word_appears(string page) =>
        AssertNoSeedWord(page);

    [Fact]
    public void Given_the_other_story_report_When_read_Then_its_sentences_are_true_of_that_corpus()
    {
        var corpus = SeedStoryWords.VisibleText(fixture.Report, "01-corpus");
        var mentions = SeedStoryWords.VisibleText(fixture.Report, "02-mentions");
        var sources = SeedStoryWords.VisibleText(fixture.Report, "04-sources");

        Assert.Contains("Story: articles", corpus, StringComparison.Ordinal);
        Assert.Contains("The corpus has 6 articles (525 words) from 3 outlets.", corpus, StringComparison.Ordinal);
        Assert.Contains("1 of 6 articles are case-folded", corpus, StringComparison.Ordinal);
        Assert.Contains("Pattern: pay deal", corpus, StringComparison.Ordinal);
        Assert.Contains("Dock Workers Union is the most mentioned actor", mentions, StringComparison.Ordinal);
        Assert.Contains("Only Port Watch writes Juergen Mueller", mentions, StringComparison.Ordinal);
        Assert.Contains("Each outlet rests on 2 articles", sources, StringComparison.Ordinal);
        Assert.Contains("The most quoted or cited source is", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_story_option_When_rendered_Then_the_notebook_uses_that_story()
    {
        Assert.True(fixture.StoryOptionRender.Code == 0, fixture.StoryOptionRender.Error);
        var page = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(fixture.StoryOptionReport, "01-corpus.html")));
        Assert.Contains("Story: articles (story.json)", page, StringComparison.Ordinal);
        Assert.Contains("Pattern: pay deal", page, StringComparison.Ordinal);
    }

    private void AssertNoSeedWord(string page)
    {
        var text = SeedStoryWords.VisibleText(fixture.Report, page);
        var found = SeedStoryWords.FoundIn(text);
        Assert.True(found.Count == 0, $"{page}.html mentions the seed story: {string.Join(", ", found)}");
    }


}
