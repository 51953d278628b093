using System.Collections.Immutable;
using System.Text.Json.Nodes;
using NewsLens.Notebooks;

namespace NewsLens.Tests.Notebooks;

/// <summary>The reader's page: what it hides, how a chart and its static twin become one figure, and the options.</summary>
public sealed class ReportPageTests
{
    private const string Figure = """{"data":[{"type":"bar","x":["a"],"y":[1]}],"layout":{}}""";

    [Fact]
    public void Given_parameter_import_and_code_cells_When_rendered_for_readers_Then_no_code_is_shown_but_outputs_are()
    {
        var page = ReportPage.Render(Run());

        Assert.DoesNotContain("var corpusPath", page, StringComparison.Ordinal);
        Assert.DoesNotContain("#!import", page, StringComparison.Ordinal);
        Assert.DoesNotContain("display(chart)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"nl-code\"", page, StringComparison.Ordinal);
        Assert.Contains("printed by a cell", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_show_code_When_rendered_Then_every_cell_shows_its_source()
    {
        var page = ReportPage.Render(Run(), new ReportOptions(ShowCode: true), pages: null);

        Assert.Contains("var corpusPath", page, StringComparison.Ordinal);
        Assert.Contains("#!import setup.csx", page, StringComparison.Ordinal);
        Assert.Contains("display(chart)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_plotly_chart_followed_by_its_static_image_When_rendered_Then_the_page_shows_one_of_them()
    {
        var interactive = ReportPage.Render(Run());
        var still = ReportPage.Render(Run(), new ReportOptions(StaticCharts: true), pages: null);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(interactive, "class=\"nl-plotly\""));
        Assert.DoesNotContain("data:image/png", interactive, StringComparison.Ordinal);
        Assert.Contains("href=\"figures/07-page-1.png\"", interactive, StringComparison.Ordinal);
        Assert.DoesNotContain("nl-plotly", still, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", still, StringComparison.Ordinal);
        Assert.Contains("data:image/png;base64,iVBORw0KGgo=", still, StringComparison.Ordinal);
        Assert.Equal(["figures/07-page-1.png"], ReportPage.FigureFiles(Run()).Select(f => f.FileName));
    }

    [Fact]
    public void Given_single_file_When_rendered_Then_plotly_js_is_embedded_instead_of_loaded_from_the_folder()
    {
        var linked = ReportPage.Render(Run());
        var single = ReportPage.Render(Run(), new ReportOptions(SingleFile: true), pages: null);

        Assert.Contains($"src=\"{ReportOptions.PlotlyFileName}\"", linked, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=\"plotly", single, StringComparison.Ordinal);
        Assert.Contains(NewsLens.Reports.ChartHtml.PlotlyJsVersion, single, StringComparison.Ordinal);
        Assert.True(single.Length > linked.Length + 1_000_000);
    }

    [Fact]
    public void Given_a_notebook_whose_heading_lacks_its_number_When_titled_Then_the_number_of_its_file_is_prefixed()
    {
        NotebookCell Heading(string text) => new("h", CellKind.Markdown, text, [], []);

        Assert.Equal("04 · How sources differ", ReportPage.Title("04-sources", [Heading("# How sources differ")]));
        Assert.Equal("01 · The corpus", ReportPage.Title("01-corpus", [Heading("# 01 · The corpus")]));
        Assert.Equal("Notes", ReportPage.Title("notes", [Heading("# Notes")]));
    }

    [Fact]
    public void Given_tables_too_long_to_show_whole_When_rendered_Then_each_links_its_CSV_file_in_tables_and_the_notebook_keeps_only_the_rows_shown()
    {
        var run = Run();
        DisplayOutput Table(string csv) => new([new("text/html", "<table class=\"nl-table\"></table>"), new("text/plain", "rows"), new(NewsLens.Reports.TableHtml.FullTableMimeType, csv)], IsResult: false);
        var tables = new ExecutedCell(
            new NotebookCell("tables", CellKind.Code, "display(a); display(b); display(c);", [], []), 7, 6, CellStatus.Succeeded,
            [Table("n\n1\n2\n"), Table(""), Table("m\n3\n")], TimeSpan.Zero);
        run = run with { Cells = run.Cells.Add(tables) };

        var page = ReportPage.Render(run);

        Assert.Equal([("tables/07-page-1.csv", "n\n1\n2\n"), ("tables/07-page-2.csv", "m\n3\n")], ReportPage.TableFiles(run));
        Assert.Contains("<a href=\"tables/07-page-1.csv\">07-page-1.csv</a>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tables/07-page-2.csv\">07-page-2.csv</a>", page, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(page, "nl-full-table").Count);
        Assert.DoesNotContain("text/csv", NotebookWriter.ToJson(run), StringComparison.Ordinal);
    }

    private static NotebookRun Run()
    {
        static JsonObject Metadata() => new() { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } };
        NotebookCell Code(string id, string source, params string[] tags) => new(id, CellKind.Code, source, [.. tags], Metadata());
        ImmutableArray<ExecutedCell> cells =
        [
            new(Code("params", "var corpusPath = \"../seeds\";", NotebookCell.ParametersTag), 1, 1, CellStatus.Succeeded, [], TimeSpan.Zero),
            new(Code("setup", "#!import setup.csx"), 2, 2, CellStatus.Succeeded, [], TimeSpan.Zero),
            new(new NotebookCell("md", CellKind.Markdown, "# 07 · A page\n\n## First\n\ntext\n\n## Second", [], []), 3, null, CellStatus.NotExecutable, [], TimeSpan.Zero),
            new(Code("print", "Console.WriteLine(\"printed by a cell\");"), 4, 3, CellStatus.Succeeded, [new StreamOutput("stdout", "printed by a cell\n")], TimeSpan.Zero),
            new(Code("chart", "display(chart);"), 5, 4, CellStatus.Succeeded, [new DisplayOutput([new("application/vnd.plotly.v1+json", Figure), new("text/plain", "Plotly chart")], IsResult: false)], TimeSpan.Zero),
            new(Code("image", "display(chartPlot);"), 6, 5, CellStatus.Succeeded, [new DisplayOutput([new("image/png", "iVBORw0KGgo="), new("text/plain", "Chart image")], IsResult: false)], TimeSpan.Zero),
        ];
        var notebook = new Notebook("07-page.ipynb", 4, 5, [], [.. cells.Select(c => c.Cell)]);
        return new NotebookRun("/tmp/07-page.ipynb", notebook, cells, TimeSpan.FromSeconds(1));
    }
}
