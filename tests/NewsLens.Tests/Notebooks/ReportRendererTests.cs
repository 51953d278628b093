using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsLens.Cli;
using NewsLens.Notebooks;
using Xunit.Abstractions;

namespace NewsLens.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public sealed partial class ReportRendererTests(RenderFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Given_an_analyze_folder_When_made_into_parameters_Then_it_is_relative_to_the_notebooks_and_to_the_report_with_forward_slashes()
    {
        var root = Path.Combine(Path.GetTempPath(), "nl-root");

        var parameters = ReportRenderer.AnalysisParameters(Path.Combine(root, "runs", "analysis"), Path.Combine(root, "notebooks"), Path.Combine(root, "out", "report"));

        Assert.Equal([new("analysisPath", "../runs/analysis"), new("analysisLink", "../../runs/analysis")], parameters);
    }

    [Fact]
    public void Given_a_folder_that_is_not_analyze_output_When_checked_Then_the_problem_names_it_and_what_to_pass()
    {
        using var folder = new TempFolder();

        Assert.Equal($"--analysis {folder.Path}: no manifest.json; pass the --out folder of newslens analyze.", ReportRenderer.AnalysisProblem(folder.Path));
        Assert.Contains("no such folder", ReportRenderer.AnalysisProblem(Path.Combine(folder.Path, "none")), StringComparison.Ordinal);
        folder.Write("manifest.json", "{}");
        Assert.Null(ReportRenderer.AnalysisProblem(folder.Path));
    }

    [Fact]
    public void Given_every_notebook_When_rendered_on_the_seeds_Then_no_cell_fails()
    {
        Assert.NotEmpty(fixture.SeedRuns);
        foreach (var run in fixture.SeedRuns)
        {
            output.WriteLine($"{run.Notebook.Name}: {run.Cells.Count(c => c.ExecutionCount is not null)} cells, {run.Elapsed.TotalSeconds:0.0} s");
        }

        var failures = fixture.SeedRuns.Where(r => !r.Succeeded).Select(r => r.FailureSummary + "\n" + r.Failure!.Error?.Detail).ToList();
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Given_the_seeds_report_When_read_Then_its_computed_sentences_tell_the_seed_story()
    {
        string Page(string name) => System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(fixture.SeedsReport, name + ".html")));

        Assert.Contains("Every outlet contributes a single article", Page("01-corpus"), StringComparison.Ordinal);
        Assert.Contains("Syria is the most mentioned actor", Page("02-mentions"), StringComparison.Ordinal);
        Assert.Contains("Only Daily Sabah writes Türkiye (7 of 7 of its direct mentions of Turkey).", Page("02-mentions"), StringComparison.Ordinal);
        Assert.Contains("The most distinctive word is \"türkiye\" in Daily Sabah", Page("04-sources"), StringComparison.Ordinal);
        Assert.Contains("Mostly Türkiye in Daily Sabah.", Page("04-sources"), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_rendered_report_When_listed_Then_each_notebook_has_an_executed_ipynb_and_a_page_and_the_index_links_them()
    {
        var index = File.ReadAllText(Path.Combine(fixture.SeedsReport, "index.html"));
        foreach (var run in fixture.SeedRuns)
        {
            Assert.True(File.Exists(Path.Combine(fixture.SeedsReport, run.Name + ".html")));
            var executed = Notebook.Load(Path.Combine(fixture.SeedsReport, run.Name + ".ipynb"));
            Assert.Equal(5, executed.FormatMinor);
            Assert.Contains($"href=\"{run.Name}.html\"", index, StringComparison.Ordinal);
            Assert.Contains($"href=\"{run.Name}.ipynb\"", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_the_corpus_notebook_When_rendered_Then_the_page_shows_one_plotly_chart_per_figure_tables_and_no_code()
    {
        var html = File.ReadAllText(Path.Combine(fixture.SeedsReport, "01-corpus.html"));
        Assert.Contains("<div id=\"nl-plot-1\" class=\"nl-plotly\">", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('nl-plot-1'", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, Regex.Escape($"<script type=\"text/javascript\" src=\"{ReportOptions.PlotlyFileName}\"></script>")));
        Assert.DoesNotContain("plotly.js v", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("href=\"figures/01-corpus-1.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"nl-table\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 id=", html, StringComparison.Ordinal);
        Assert.Contains("5 articles loaded, none skipped.", html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"nl-toc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"nl-code\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("#!import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("var corpusPath", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_rendered_report_When_its_folder_is_listed_Then_it_holds_one_plotly_js_and_every_static_chart_as_a_png()
    {
        Assert.Equal([ReportOptions.PlotlyFileName], Directory.GetFiles(fixture.SeedsReport, "*.js").Select(Path.GetFileName));
        Assert.Equal(NewsLens.Reports.ChartHtml.PlotlyJs, File.ReadAllText(Path.Combine(fixture.SeedsReport, ReportOptions.PlotlyFileName)));
        var pngs = Directory.GetFiles(Path.Combine(fixture.SeedsReport, ReportOptions.FiguresFolder), "*.png");
        Assert.Equal(fixture.SeedRuns.Sum(r => ReportPage.FigureFiles(r).Count), pngs.Length);
        Assert.All(pngs, png => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]));
    }

    [Fact]
    public void Given_the_sources_notebook_When_rendered_Then_its_title_and_index_entry_carry_its_number()
    {
        var sources = fixture.SeedRuns.Single(r => r.Name == "04-sources");
        Assert.StartsWith("04 · ", ReportPage.Title(sources), StringComparison.Ordinal);
        Assert.Contains(">04 · ", File.ReadAllText(Path.Combine(fixture.SeedsReport, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_executed_corpus_notebook_When_read_Then_charts_and_tables_are_standard_jupyter_mime_bundles()
    {
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.SeedsReport, "01-corpus.ipynb")))!["cells"]!.AsArray();
        var outputs = cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).Select(o => o!.AsObject()).Where(o => o.ContainsKey("data")).ToList();
        var bundles = outputs.Select(o => string.Join(" ", o["data"]!.AsObject().Select(p => p.Key))).ToList();

        Assert.Contains("application/vnd.plotly.v1+json text/html text/plain", bundles);
        Assert.Contains("image/png text/plain", bundles);
        Assert.Contains("text/html text/plain", bundles);
        Assert.DoesNotContain(bundles, b => b == "text/html");

        var plotly = outputs.Select(o => o["data"]!["application/vnd.plotly.v1+json"]).First(p => p is not null)!;
        Assert.IsType<JsonArray>(plotly["data"]);
        Assert.IsType<JsonObject>(plotly["layout"]);
        var png = Convert.FromBase64String((string)outputs.Select(o => o["data"]!["image/png"]).First(p => p is not null)!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var table = outputs.First(o => o["data"]!["text/html"] is not null && o["data"]!["application/vnd.plotly.v1+json"] is null);
        Assert.Contains("outlet", string.Concat(table["data"]!["text/plain"]!.AsArray().Select(l => (string?)l)), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_every_rendered_page_When_scanned_Then_nothing_is_loaded_from_the_network()
    {
        foreach (var page in Directory.EnumerateFiles(fixture.SeedsReport, "*.html").Concat(Directory.EnumerateFiles(fixture.HostileReport, "*.html")))
        {
            var html = File.ReadAllText(page);
            // The only script loaded from a file is the report folder's own copy of plotly.js.
            foreach (Match script in ScriptWithSource().Matches(html))
            {
                Assert.Equal($"<script type=\"text/javascript\" src=\"{ReportOptions.PlotlyFileName}\"", script.Value);
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(page)!, ReportOptions.PlotlyFileName)));
            }


            // Inside the embedded plotly.js, URLs are strings of its attribution links, not loads.
            html = ScriptBody().Replace(html, "<script></script>");
            Assert.False(ExternalReference().IsMatch(html), $"{page}: {ExternalReference().Match(html).Value}");
            Assert.DoesNotMatch("nl-plot-[0-9a-f]{32}", html);
        }
    }

    [Fact]
    public void Given_script_tags_in_an_articles_title_outlet_and_body_When_rendered_Then_they_are_shown_as_text_and_never_run()
    {
        Assert.True(fixture.HostileRun.Succeeded, fixture.HostileRun.FailureSummary);
        var html = File.ReadAllText(Path.Combine(fixture.HostileReport, "01-corpus.html"));
        Assert.DoesNotContain("<script>alert(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Talks &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; resume", html, StringComparison.Ordinal);
        Assert.Contains("Evil &lt;script&gt;alert(&#39;outlet&#39;)&lt;/script&gt; News", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;body&#39;)", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Evil \\u0026lt;script\\u0026gt;alert('outlet')", html, StringComparison.Ordinal);
        var scripts = Regex.Matches(html, "<script[^>]*>", RegexOptions.IgnoreCase).Count;
        var closes = Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count;
        Assert.Equal(scripts, closes);
    }

    [Fact]
    public void Given_the_same_inputs_When_rendered_twice_Then_the_files_are_byte_identical()
    {
        var first = fixture.SeedRuns.Single(r => r.Name == "01-corpus");
        var pages = fixture.SeedRuns.Select(r => new ReportLink(r.Name + ".html", ReportPage.Title(r))).ToList();
        Assert.Equal(ReportPage.Render(first, ReportOptions.Reader, pages), ReportPage.Render(fixture.RepeatRun, ReportOptions.Reader, pages));
        foreach (var name in new[] { "01-corpus.ipynb", "figures/01-corpus-1.png" })
        {
            var before = File.ReadAllBytes(Path.Combine(fixture.SeedsReport, name));
            var again = File.ReadAllBytes(Path.Combine(fixture.RepeatReport, name));
            Assert.True(before.AsSpan().SequenceEqual(again), $"{name} differs between two renders");
        }
    }

    [Fact]
    public void Given_the_notebooks_When_rendered_at_once_and_one_after_another_Then_every_file_is_byte_identical()
    {
        var files = Directory.EnumerateFiles(fixture.SeedsReport, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fixture.SeedsReport, f)).Order(StringComparer.Ordinal).ToList();
        var serial = Directory.EnumerateFiles(fixture.SerialReport, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(fixture.SerialReport, f)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(files, serial);
        Assert.Contains("index.html", files);
        foreach (var name in files)
        {
            var together = File.ReadAllBytes(Path.Combine(fixture.SeedsReport, name));
            var alone = File.ReadAllBytes(Path.Combine(fixture.SerialReport, name));
            Assert.True(together.AsSpan().SequenceEqual(alone), $"{name} differs between a concurrent and a serial render");
        }
    }

    [Fact]
    public void Given_a_corpus_override_When_rendered_Then_the_injected_parameters_cell_follows_the_parameters_cell()
    {
        var cells = fixture.HostileRun.Cells;
        Assert.Equal(NotebookParameters.InjectedCellId, cells[1].Cell.Id);
        var expected = Path.GetRelativePath(RepositoryPaths.Notebooks, fixture.HostileCorpus).Replace('\\', '/');
        Assert.Contains($"var corpusPath = \"{expected}\";", cells[1].Cell.Source, StringComparison.Ordinal);
        Assert.Contains("var kwicPattern = \"script\";", cells[1].Cell.Source, StringComparison.Ordinal);
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptBody();

    [GeneratedRegex("""<script[^>]*\ssrc\s*=\s*"[^"]*"?""", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptWithSource();
}
