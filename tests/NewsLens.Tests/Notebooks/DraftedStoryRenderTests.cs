using System.Collections.Immutable;
using NewsLens.Cli;
using NewsLens.Notebooks;
using NewsLens.Stories;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Corpora with no story.json: the other-story corpus copied without its story (every notebook), and two short
/// lower-case articles that give neither names nor a recurring term (notebooks 01 and 03, which use the process).
/// </summary>
public sealed class DraftedStoryRenderFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newslens-drafted-story-" + Guid.NewGuid().ToString("N"));

    public string Report => Path.Combine(Root, "report");

    public string EmptyReport => Path.Combine(Root, "empty-report");

    public ImmutableArray<NotebookRun> Runs { get; private set; }

    public ImmutableArray<NotebookRun> EmptyRuns { get; private set; }

    public async Task InitializeAsync()
    {
        var corpus = Path.Combine(Root, "corpus", "articles.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(corpus)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "OtherStory", "articles.csv"), corpus);
        Runs = await ReportRenderer.RenderAsync(ReportRenderer.FindNotebooks([RepositoryPaths.Notebooks]), Report, corpus, [], RunOptions.DefaultCellTimeout);

        var plain = Path.Combine(Root, "plain");
        Directory.CreateDirectory(plain);
        File.WriteAllText(Path.Combine(plain, "a.txt"), "rain fell on the hills today.\n");
        File.WriteAllText(Path.Combine(plain, "b.txt"), "wind blew across the plain.\n");
        var notebooks = new[] { "01-corpus.ipynb", "03-sentiment.ipynb" }.Select(n => Path.Combine(RepositoryPaths.Notebooks, n)).ToList();
        EmptyRuns = await ReportRenderer.RenderAsync(notebooks, EmptyReport, plain, [], RunOptions.DefaultCellTimeout);
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
public sealed class DraftedStoryRenderTests(DraftedStoryRenderFixture fixture) : IClassFixture<DraftedStoryRenderFixture>
{

    [Fact]
    public void Given_corpora_without_a_story_When_the_notebooks_are_rendered_Then_no_cell_fails()
    {
        var failures = fixture.Runs.Concat(fixture.EmptyRuns).Where(r => !r.Succeeded).Select(r => r.FailureSummary + "\n" + r.Failure!.Error?.Detail).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.Equal(Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Length, fixture.Runs.Length);
        Assert.Equal(2, fixture.EmptyRuns.Length);
    }

    [Theory]
    [InlineData("01-corpus")]
    [InlineData("02-mentions")]
    [InlineData("03-sentiment")]
    [InlineData("04-sources")]
    public void Given_a_corpus_without_a_story_When_rendered_Then_the_page_says_the_story_was_drafted_and_names_no_seed_word(string page)
    {
        var text = SeedStoryWords.VisibleText(fixture.Report, page);

        Assert.Contains(Story.DraftedNote, text, StringComparison.Ordinal);
        var found = SeedStoryWords.FoundIn(text);
        Assert.True(found.Count == 0, $"{page}.html mentions the seed story: {string.Join(", ", found)}");
    }

    [Fact]
    public void Given_a_corpus_without_a_story_When_rendered_Then_the_proposed_process_and_actors_are_used()
    {
        Assert.Contains("Pattern: pay deal", SeedStoryWords.VisibleText(fixture.Report, "01-corpus"), StringComparison.Ordinal);
        Assert.Contains("Stance toward pay deal", SeedStoryWords.VisibleText(fixture.Report, "03-sentiment"), StringComparison.Ordinal);
        Assert.Contains("Dock Workers Union is the most mentioned actor", SeedStoryWords.VisibleText(fixture.Report, "02-mentions"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01-corpus")]
    [InlineData("03-sentiment")]
    public void Given_a_corpus_with_no_process_word_When_rendered_Then_the_page_says_no_process_is_defined(string page)
    {
        var text = SeedStoryWords.VisibleText(fixture.EmptyReport, page);

        Assert.Contains(Story.DraftedNote, text, StringComparison.Ordinal);
        Assert.Contains(Story.NoProcessNote, text, StringComparison.Ordinal);
        Assert.DoesNotContain("normalis", text, StringComparison.OrdinalIgnoreCase);
    }


}
