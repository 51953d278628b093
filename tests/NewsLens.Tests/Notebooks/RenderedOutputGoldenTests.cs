using System.Collections.Immutable;
using System.Text.Json.Nodes;
using NewsLens.Notebooks;
using NewsLens.Reports;
using NewsLens.Tables;
using NewsLens.Tests.Golden;

namespace NewsLens.Tests.Notebooks;

/// <summary>
/// The report's formats pinned byte for byte on one fixed run (markdown, escaped text, a table, an image, a result, a
/// failure and a skipped cell): the page body, the executed .ipynb (stored as .json, so no tool takes it for a committed notebook) and the JUnit XML. Set NEWSLENS_UPDATE_GOLDEN=1 to
/// rewrite them after a deliberate change, then review the diff.
/// </summary>
public sealed class RenderedOutputGoldenTests
{
    [Fact]
    public void Given_a_fixed_run_When_its_page_is_rendered_Then_the_body_matches_the_golden_file()
    {
        var page = ReportPage.Render(FixedRun());
        var body = page[page.IndexOf("<body>", StringComparison.Ordinal)..];
        GoldenFile.AssertMatches("Reports/page-body.html", body);
    }

    [Fact]
    public void Given_a_fixed_run_When_written_as_a_notebook_Then_it_matches_the_golden_file() =>
        GoldenFile.AssertMatches("Reports/executed-notebook.json", NotebookWriter.ToJson(FixedRun()));

    [Fact]
    public void Given_a_fixed_run_When_reported_as_JUnit_Then_it_matches_the_golden_file() =>
        GoldenFile.AssertMatches("Reports/junit.xml", JUnitReport.Render([FixedRun()]));

    internal static NotebookRun FixedRun()
    {
        static JsonObject CodeMetadata() => new() { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
        NotebookCell Code(string id, string source) => new(id, CellKind.Code, source, [], CodeMetadata());
        var markdown = new NotebookCell("intro", CellKind.Markdown, "# Outlets <script>alert(1)</script>\n\nWho *talks* about **whom**.", [], []);
        var table = ResultTable.From(new[] { ("Evil <b>News</b>", 3, 0.41) }, ("outlet", r => r.Item1), ("articles", r => r.Item2), ("share", r => r.Item3));
        var notebook = new Notebook("05-golden.ipynb", 4, 5, new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp" } }, []);
        ImmutableArray<ExecutedCell> cells =
        [
            new(markdown, 1, null, CellStatus.NotExecutable, [], TimeSpan.Zero),
            new(Code("print", "Console.WriteLine(\"<script>x</script> & more\");"), 2, 1, CellStatus.Succeeded, [new StreamOutput("stdout", "<script>x</script> & more\n")], TimeSpan.FromMilliseconds(12)),
            new(Code("table", "display(table);"), 3, 2, CellStatus.Succeeded, [new DisplayOutput([new("text/html", TableHtml.Render(table)), new("text/plain", TableHtml.PlainText(table))], IsResult: false)], TimeSpan.FromMilliseconds(40)),
            new(Code("image", "display(plot);"), 4, 3, CellStatus.Succeeded, [new DisplayOutput([new("image/png", "iVBORw0KGgo="), new("text/plain", "Chart image: <words>")], IsResult: false)], TimeSpan.FromMilliseconds(250)),
            new(Code("result", "\"<b>bold</b>\""), 5, 4, CellStatus.Succeeded, [new DisplayOutput([new("text/plain", "<b>bold</b>")], IsResult: true)], TimeSpan.FromMilliseconds(3)),
            new(Code("fails", "throw new Exception(\"<boom>\");"), 6, 5, CellStatus.Failed, [new ErrorOutput("Exception", "<boom>", "System.Exception: <boom>\n   at Submission#5")], TimeSpan.FromMilliseconds(7)),
            new(Code("later", "1"), 7, null, CellStatus.Skipped, [], TimeSpan.Zero),
        ];
        return new NotebookRun("/tmp/05-golden.ipynb", notebook with { Cells = [.. cells.Select(c => c.Cell)] }, cells, TimeSpan.FromSeconds(1.25));
    }
}
