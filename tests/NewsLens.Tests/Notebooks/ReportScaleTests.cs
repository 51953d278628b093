using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLens.Cli;
using NewsLens.Notebooks;
using Xunit.Abstractions;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// Reports that stay readable at corpus scale: the same notebooks rendered on a generated corpus and on one four times
/// its size give pages and executed notebooks of about the same size (what they show does not grow with the corpus),
/// and every table shown only in part links its whole as a CSV file that exists beside the page. As render does, the
/// corpus is read once (<see cref="ReportInputs.Prepare"/>); its files are then moved away, so the notebooks cannot read it.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public sealed partial class ReportScaleTests(ITestOutputHelper output)
{
    private const int SampleSize = 250;
    private const long PageBound = 2_000_000;

    [Fact]
    public async Task Given_a_corpus_and_one_four_times_larger_When_every_notebook_is_rendered_Then_no_page_or_notebook_grows_and_each_stays_under_the_bound()
    {
        using var folder = new TempFolder();
        var small = await Render(folder, "small", articles: 600, analysis: Path.Combine(folder.Path, "small-analysis"));
        var large = await Render(folder, "large", articles: 2400, analysis: Path.Combine(folder.Path, "large-analysis"));

        foreach (var file in Directory.GetFiles(large).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".ipynb", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var largeBytes = new FileInfo(file).Length;
            var smallBytes = new FileInfo(Path.Combine(small, name)).Length;
            output.WriteLine($"{name}: {smallBytes:N0} bytes at 600 articles, {largeBytes:N0} at 2,400");
            Assert.True(largeBytes <= PageBound, $"{name}: {largeBytes:N0} bytes, over {PageBound:N0}");
            Assert.True(largeBytes <= (smallBytes * 1.25) + 20_000, $"{name} grew with the corpus: {smallBytes:N0} -> {largeBytes:N0} bytes");
        }

        Assert.Contains("250 of the corpus's 2,400 articles", System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(large, "03-sentiment.html"))), StringComparison.Ordinal);

        // The story analyze drafted and recorded is the one every page uses (no story.json: none drafted again).
        var notebook = File.ReadAllText(Path.Combine(large, "02-mentions.ipynb"));
        Assert.Contains("large-analysis/story.json", notebook, StringComparison.Ordinal);
        Assert.Contains("large-render-work/sample.jsonl", notebook, StringComparison.Ordinal);
        Assert.Contains(NewsLens.Stories.Story.DraftedNote, System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(large, "02-mentions.html"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_corpus_with_tables_longer_than_a_page_shows_When_rendered_Then_each_links_a_CSV_file_holding_every_row()
    {
        using var folder = new TempFolder();
        var analysis = Path.Combine(folder.Path, "analysis");
        var report = await Render(folder, "report", articles: 600, notebooks: ["01-corpus.ipynb"], analysis: analysis);

        var page = File.ReadAllText(Path.Combine(report, "01-corpus.html"));
        var analysisLinks = Href().Matches(AnalysisList().Match(page).Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(7 * 2, analysisLinks.Count);
        Assert.All(analysisLinks, link => Assert.True(File.Exists(Path.Combine(report, link)), $"{link} does not resolve from the page"));
        Assert.Contains("600 articles", page, StringComparison.Ordinal);
        var links = FullTableLink().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var file = Path.Combine(report, link);
            Assert.True(File.Exists(file), $"{link} is linked from the page but does not exist");
        }

        // The articles table: one row per sampled article, of which the page shows the first 200.
        var articles = File.ReadAllLines(Path.Combine(report, links[0]));
        Assert.Equal(SampleSize + 1, articles.Length);
        Assert.Contains($"{SampleSize - 200} more rows not shown ({SampleSize} in all)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("text/csv", File.ReadAllText(Path.Combine(report, "01-corpus.ipynb")), StringComparison.Ordinal);
    }

    private async Task<string> Render(TempFolder folder, string name, int articles, string[]? notebooks = null, string? analysis = null)
    {
        var corpus = GeneratedNewsCorpus.Write(Path.Combine(folder.Path, name + "-corpus"), articles);
        var report = Path.Combine(folder.Path, name);
        var paths = notebooks is null ? ReportRenderer.FindNotebooks([RepositoryPaths.Notebooks]) : [.. notebooks.Select(n => Path.Combine(RepositoryPaths.Notebooks, n))];
        List<KeyValuePair<string, string>> parameters = [new("maxArticles", SampleSize.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        if (analysis is not null)
        {
            var analyze = Cli.CliRun.Run("analyze", corpus, "--out", analysis, "--quiet");
            Assert.True(analyze.Code == 0, analyze.Error);
            parameters.AddRange(ReportRenderer.AnalysisParameters(analysis, RepositoryPaths.Notebooks, report));
        }

        var inputs = ReportInputs.Prepare(corpus, parameters, analysis, Path.Combine(folder.Path, name + "-render-work"), RepositoryPaths.Notebooks);
        Assert.Contains(inputs.Parameters, p => p.Key == ReportInputs.SampleParameter);
        parameters.AddRange(inputs.Parameters);
        var away = Directory.CreateDirectory(corpus + "-moved-away").FullName;
        foreach (var file in Directory.GetFiles(corpus))
        {
            File.Move(file, Path.Combine(away, Path.GetFileName(file)));
        }

        ImmutableArray<NotebookRun> runs = await ReportRenderer.RenderAsync(paths, report, corpus, parameters, RunOptions.DefaultCellTimeout);
        foreach (var run in runs)
        {
            output.WriteLine($"{name}: {run.Notebook.Name} {run.Elapsed.TotalSeconds:0.0} s");
        }

        var failures = runs.Where(r => !r.Succeeded).Select(r => r.FailureSummary + "\n" + r.Failure!.Error?.Detail).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        return report;
    }

    [GeneratedRegex("<ul class=\"nl-tables\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex AnalysisList();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("class=\"nl-note nl-full-table\">The whole table as CSV: <a href=\"([^\"]+)\"")]
    private static partial Regex FullTableLink();
}
