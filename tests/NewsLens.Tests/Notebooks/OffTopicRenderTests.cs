using System.Collections.Immutable;
using NewsLens.Cli;
using NewsLens.Notebooks;
using Xunit.Abstractions;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// The README promises that every notebook renders on any corpus: one article on another topic (no actor, no quote,
/// no sentence about the process, a single unnamed outlet) exercises every "nothing to show" path at once, and a
/// corpus whose only file is empty leaves no article at all.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public sealed class OffTopicRenderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_one_article_corpus_on_another_topic_When_every_notebook_is_rendered_Then_no_cell_fails_and_the_pages_say_there_is_no_data()
    {
        using var folder = new TempFolder();
        var report = await RenderEveryNotebook(folder, "The weather in Paris was sunny today. People walked in the park and said it was lovely.\n");

        Assert.Contains("No data: no actor of the dictionary is mentioned in this corpus", File.ReadAllText(Path.Combine(report, "02-mentions.html")), StringComparison.Ordinal);
        Assert.Contains("there is no stance evidence to show", File.ReadAllText(Path.Combine(report, "03-sentiment.html")), StringComparison.Ordinal);
        Assert.Contains("No data: nobody is quoted or cited in this corpus", File.ReadAllText(Path.Combine(report, "04-sources.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_corpus_whose_only_file_is_empty_When_every_notebook_is_rendered_Then_no_cell_fails()
    {
        using var folder = new TempFolder();
        var report = await RenderEveryNotebook(folder, "");

        Assert.Contains("The corpus has no article, so there is no sentence to show.", File.ReadAllText(Path.Combine(report, "01-corpus.html")), StringComparison.Ordinal);
        Assert.Contains("The corpus has no article, so there is no whole article to score.", File.ReadAllText(Path.Combine(report, "03-sentiment.html")), StringComparison.Ordinal);
    }

    private async Task<string> RenderEveryNotebook(TempFolder folder, string article)
    {
        var corpus = Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "a.txt"), article);
        var report = Path.Combine(folder.Path, "report");

        ImmutableArray<NotebookRun> runs = await ReportRenderer.RenderAsync(ReportRenderer.FindNotebooks([RepositoryPaths.Notebooks]), report, corpus, [], RunOptions.DefaultCellTimeout);

        foreach (var run in runs)
        {
            output.WriteLine($"{run.Notebook.Name}: {run.Elapsed.TotalSeconds:0.0} s");
        }

        Assert.Equal(Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Length, runs.Length);
        var failures = runs.Where(r => !r.Succeeded).Select(r => r.FailureSummary + "\n" + r.Failure!.Error?.Detail).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        return report;
    }
}
